import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import httpProxy from '@fastify/http-proxy';
import { Logger, LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { createFastifyAdapter, echoCorrelationId, forgetAnonymousCallers, httpLoggerOptions, ProblemDetailsFilter, sendProblem, toProblem, useSecurityHeaders } from '#platform';
import { AsyncApiController } from './asyncapi/asyncapi.controller.js';
import { PortalHealthController } from './health/portal-health.controller.js';
import { forgetCallerUpstream, isProxiedAnonymousRoute } from './proxy/anonymous-reporting-proxy.js';
import { limitAnonymousReports } from './proxy/anonymous-rate-limit.js';
import { answerUpstreamError, guardProxy, upstreamHeaders } from './proxy/proxy-hygiene.js';
import { loadPortalConfig, PortalConfig } from './portal-config.js';
import { apiPrefix, SpecCatalog } from './specs/spec-catalog.js';
import { SpecsController } from './specs/specs.controller.js';

@Module({})
class PortalModule {
  static create(config: PortalConfig, logDestination?: DestinationStream): DynamicModule {
    return {
      module: PortalModule,
      imports: [
        LoggerModule.forRoot(httpLoggerOptions('portal', config.logLevel, logDestination)),
      ],
      controllers: [SpecsController, PortalHealthController, AsyncApiController],
      providers: [{ provide: PortalConfig, useValue: config }, SpecCatalog, { provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    };
  }
}

/**
 * The administrators' front door: one Swagger UI listing every service's spec, and a reverse
 * proxy at /api/<service> so "Try it out" needs only this origin. It holds no data and no auth of
 * its own: the services check every token.
 */
export async function createPortalApp(env: NodeJS.ProcessEnv = process.env, options: { logDestination?: DestinationStream } = {}): Promise<NestFastifyApplication> {
  const config = loadPortalConfig(env);
  const adapter = createFastifyAdapter();
  // The services' anonymous-reporting routes are anonymous here too: fresh id, nothing of the caller logged (R11).
  forgetAnonymousCallers(adapter, isProxiedAnonymousRoute);
  const app = await NestFactory.create<NestFastifyApplication>(PortalModule.create(config, options.logDestination), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  echoCorrelationId(adapter);
  const fastify = adapter.getInstance();
  guardProxy(fastify);
  await useSecurityHeaders(app);
  await limitAnonymousReports(app, config.anonymousRateLimit);
  // The proxies get their own scope whose errors (a 429 from a hook, say) are problem+json: Nest
  // installs its exception layer only later, and only where it registers routes.
  await fastify.register(async (proxies) => {
    proxies.setErrorHandler((error, request, reply) => sendProblem(request, reply, toProblem(error)));
    for (const { service, url } of config.upstreams) {
      await proxies.register(httpProxy, {
        upstream: url,
        prefix: apiPrefix(service.name),
        rewritePrefix: '',
        replyOptions: { rewriteRequestHeaders: (request, headers) => forgetCallerUpstream(request, upstreamHeaders(request, headers)), onError: answerUpstreamError },
      });
    }
  });
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Joint response department: API portal')
      .setDescription('Pick a service in the top bar. Calls go through this portal at /api/<service>.')
      .setVersion('1.0.0')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, {
    explorer: true,
    customSiteTitle: 'Joint response API portal',
    swaggerOptions: {
      urls: config.upstreams.map(({ service }) => ({ name: service.title, url: `/specs/${service.name}.json` })),
      persistAuthorization: true,
    },
  });
  await app.init();
  return app;
}

export async function runPortal(): Promise<void> {
  try {
    const app = await createPortalApp();
    const config = app.get(PortalConfig);
    await app.listen({ port: config.port, host: config.host });
    app.get(Logger).log(`portal listening on ${config.host}:${config.port} (Swagger UI at /docs)`);
  } catch (err) {
    process.stderr.write(`portal failed to start: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
