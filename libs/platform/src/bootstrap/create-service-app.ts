import { type DynamicModule, Global, type MiddlewareConsumer, Module, type NestModule, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Logger, LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { ServiceName } from '#contracts';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { CachingTokenVerifier } from '../auth/caching-token-verifier.js';
import { TokenVerifier } from '../auth/token-verifier.js';
import { durationSeconds, loadServiceConfig, ServiceConfig } from '../config/service-config.js';
import { dataSourceOptions, openDataSource, type DatabaseDefinition } from '../database/database.js';
import { RowSecurityBypassError } from '../tenancy/database-roles.js';
import { ProblemDetailsFilter } from '../errors/problem-details.filter.js';
import { createValidationPipe } from '../errors/validation.js';
import { HealthController, ReadinessChecks } from '../health/health.controller.js';
import { CORRELATION_HEADER } from '../http/correlation.js';
import { createFastifyAdapter, echoCorrelationId, httpLoggerOptions } from '../http/http-setup.js';
import { refuseNulCharacters, useBoundedJsonParser } from '../http/hostile-input.js';
import { rateLimitsFrom, useRateLimits } from '../http/rate-limits.js';
import { useSecurityHeaders } from '../http/security-headers.js';
import { RequestContext } from '../http/request-context.js';
import { MessageTransports } from '../messaging/message-transports.js';
import { Metrics, MetricsController } from '../metrics/metrics.js';
import { setupSwagger, type ApiDescription } from '../swagger/swagger.js';
import { DistrictDirectory } from '../tenancy/district-directory.js';
import { loadDirectory } from '../tenancy/district-directory.store.js';
import { loadAgreements } from '../tenancy/sharing-agreement.store.js';
import { SharingAgreements } from '../tenancy/sharing-agreements.js';
import { CrossDistrictAccessController } from '../tenancy/cross-district-access.controller.js';
import { CrossDistrictAccessLog } from '../tenancy/cross-district-access.query.js';
import { DataSource } from 'typeorm';

/** What a service contributes; the platform adds config, auth, errors, logs, health, metrics and docs. */
export interface ServiceDefinition {
  service: ServiceName;
  api: ApiDescription;
  feature: Type<unknown>;
  database: DatabaseDefinition;
}

/** How a caller (a test) can reach into the process-level pieces; production uses the defaults. */
export interface ServiceAppOptions {
  /** Where the JSON logs go (default stdout). */
  logDestination?: DestinationStream;
}

@Global()
@Module({})
class PlatformModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Lets the outbox stamp events with the request's correlation id without threading it through.
    consumer
      .apply((req: { id?: string }, _res: unknown, next: () => void) => RequestContext.run({ correlationId: String(req.id) }, next))
      .forRoutes('*');
  }

  static forService(config: ServiceConfig, def: ServiceDefinition, options: ServiceAppOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot(httpLoggerOptions(config.service, config.LOG_LEVEL, options.logDestination)),
        TypeOrmModule.forRootAsync({
          // A role that bypasses row-level security will not stop doing so: fail at once, not after 10 retries.
          useFactory: () => ({ ...dataSourceOptions(config, def.database), toRetry: (err: unknown) => !(err instanceof RowSecurityBypassError) }),
          dataSourceFactory: (options) => openDataSource(options!, config),
        }),
        TerminusModule.forRoot({ logger: false }),
      ],
      // Every service keeps its own audit of cross-district access (issue 19), so each lists it.
      controllers: [HealthController, MetricsController, CrossDistrictAccessController],
      providers: [
        { provide: ServiceConfig, useValue: config },
        {
          // Loaded before anything serves: a token of a registered district is known from the first request.
          provide: DistrictDirectory,
          inject: [DataSource],
          useFactory: async (dataSource: DataSource) => {
            const directory = new DistrictDirectory(deploymentIdentity(config), () => loadDirectory(dataSource));
            await directory.start();
            return directory;
          },
        },
        {
          provide: SharingAgreements,
          inject: [DataSource],
          useFactory: async (dataSource: DataSource) => {
            const agreements = new SharingAgreements(() => loadAgreements(dataSource));
            await agreements.start();
            return agreements;
          },
        },
        {
          provide: TokenVerifier,
          inject: [DistrictDirectory],
          useFactory: (districts: DistrictDirectory) =>
            new CachingTokenVerifier({
              jwksUrl: config.JWT_JWKS_URL,
              publicKeyPem: config.JWT_PUBLIC_KEY,
              publicKeyFile: config.JWT_PUBLIC_KEY_FILE,
              issuer: config.JWT_ISSUER,
              audience: config.JWT_AUDIENCE,
              districtId: config.DEFAULT_DISTRICT_ID,
              maxTtlSeconds: durationSeconds(config.JWT_MAX_TTL),
              httpsJwksOnly: config.NODE_ENV === 'production',
            }, Date.now, districts),
        },
        Metrics,
        ReadinessChecks,
        CrossDistrictAccessLog,
        MessageTransports,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
      exports: [ServiceConfig, Metrics, ReadinessChecks, TokenVerifier, MessageTransports, DistrictDirectory, SharingAgreements],
    };
  }
}

/** The default district: the env identity provider (JWT_*) and DISTRICT_TIME_ZONE, whatever the registry holds. */
function deploymentIdentity(config: ServiceConfig) {
  return {
    districtId: config.DEFAULT_DISTRICT_ID,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    jwksUrl: config.JWT_JWKS_URL,
    timeZone: config.DISTRICT_TIME_ZONE,
    deployment: true,
  };
}

@Module({})
class ServiceRootModule {
  static create(config: ServiceConfig, def: ServiceDefinition, options: ServiceAppOptions): DynamicModule {
    return { module: ServiceRootModule, imports: [PlatformModule.forService(config, def, options), def.feature] };
  }
}

/**
 * Builds a fully configured service: the same path for `main.ts` and for e2e tests, so tests
 * exercise what runs in production. Throws ConfigError before touching anything on bad env.
 */
export async function createServiceApp(
  def: ServiceDefinition,
  env: NodeJS.ProcessEnv = process.env,
  options: ServiceAppOptions = {},
): Promise<NestFastifyApplication> {
  const config = loadServiceConfig(def.service, env);
  const adapter = createFastifyAdapter();
  const app = await NestFactory.create<NestFastifyApplication>(ServiceRootModule.create(config, def, options), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, exposedHeaders: [CORRELATION_HEADER] });

  echoCorrelationId(adapter);
  useBoundedJsonParser(app);
  refuseNulCharacters(adapter.getInstance());
  await useSecurityHeaders(app);
  await useRateLimits(app, rateLimitsFrom(config), app.get(TokenVerifier));
  const metrics = app.get(Metrics);
  adapter.getInstance().addHook('onResponse', async (request, reply) => {
    metrics.observeHttp(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });

  setupSwagger(app, config, def.api);
  // Nest binds the @EventPattern handlers to each transport here; listening before init lets the
  // messaging runtime (started on bootstrap) find its consumers registered and checked.
  for (const strategy of app.get(MessageTransports).all()) app.connectMicroservice({ strategy });
  await app.startAllMicroservices();
  await app.init();
  return app;
}

/** Entry point for `main.ts`: start, listen, and exit with a readable message on bad config. */
export async function runService(def: ServiceDefinition): Promise<void> {
  try {
    const app = await createServiceApp(def);
    const config = app.get(ServiceConfig);
    await app.listen({ port: config.PORT, host: config.HOST });
    app.get(Logger).log(`${def.service} listening on ${config.HOST}:${config.PORT} (docs at /docs)`);
  } catch (err) {
    process.stderr.write(`${def.service} failed to start: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
