import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MessagingRuntime } from '#messaging';
import { createServiceApp, type ServiceDefinition } from '#platform';
import { TEST_AUDIENCE, TEST_ISSUER, TestIdentityProvider } from './test-auth.js';
import { serviceCredentialsEnv } from './test-broker.js';
import { dropSchema, testDatabaseUrl, uniqueSchema } from './test-database.js';

export interface TestService {
  app: NestFastifyApplication;
  idp: TestIdentityProvider;
  schema: string;
  close(): Promise<void>;
}

/**
 * The environment a test service boots with: the test database and identity provider, `env` on top.
 * Only the service's name is read, so a test can also start the compiled service as a process.
 */
export function testServiceEnv(def: Pick<ServiceDefinition, 'service'>, schema: string, idp: TestIdentityProvider, env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    DB_SCHEMA: schema,
    DB_POOL_SIZE: '4',
    JWT_PUBLIC_KEY: idp.publicKeyPem,
    JWT_ISSUER: TEST_ISSUER,
    JWT_AUDIENCE: TEST_AUDIENCE,
    LOG_LEVEL: 'silent',
    ...env,
    ...serviceCredentialsEnv(def.service, env),
  };
}

/** Boots a service exactly as main.ts does, on its own throwaway schema of the test database. */
export async function startTestService(def: ServiceDefinition, env: NodeJS.ProcessEnv = {}): Promise<TestService> {
  const idp = await TestIdentityProvider.create();
  const schema = uniqueSchema(def.service);
  const app = await createServiceApp(def, testServiceEnv(def, schema, idp, env));
  await app.getHttpAdapter().getInstance().ready();
  // With a broker, wait until the relay runs and every consumer group has joined.
  if (env.KAFKA_BROKERS) await app.get(MessagingRuntime).whenStarted();
  return {
    app,
    idp,
    schema,
    async close() {
      await app.close();
      await dropSchema(schema);
    },
  };
}

/** Listens on an ephemeral loopback port, for tests that need a real socket (portal, proxies). */
export async function listenOnLoopback(app: NestFastifyApplication): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('expected a TCP address');
  return `http://127.0.0.1:${address.port}`;
}
