import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { MessagingRuntime } from '#messaging';
import { createServiceApp, DISTRICT_SETTING, DistrictDirectory, ServiceConfig, type ServiceAppOptions, type ServiceDefinition } from '#platform';
import { TEST_AUDIENCE, TEST_ISSUER, TestIdentityProvider } from './test-auth.js';
import { serviceCredentialsEnv } from './test-broker.js';
import { dropSchema, testDatabaseUrl, uniqueSchema } from './test-database.js';

export interface TestService {
  app: NestFastifyApplication;
  idp: TestIdentityProvider;
  schema: string;
  /**
   * The service's tables as its app role sees them acting in the deployment's first district (row-
   * level security applies): what a test reads and writes directly. The service's own DataSource
   * binds each connection to the district of the code asking, and a test's code is in none.
   */
  db: DataSource;
  close(): Promise<void>;
}

/** Runs service code (a job a test calls directly) acting in a district, as a request of it would (its time zone too). */
export function inDistrict<T>(svc: Pick<TestService, 'app'>, fn: () => T, districtId = svc.app.get(ServiceConfig).DEFAULT_DISTRICT_ID): T {
  return svc.app.get(DistrictDirectory).run(districtId, fn);
}

/** A DataSource like the service's, every connection acting in `districtId`. */
export async function districtDataSource(app: NestFastifyApplication, districtId = app.get(ServiceConfig).DEFAULT_DISTRICT_ID): Promise<DataSource> {
  const options = app.get(DataSource).options as DataSourceOptions & { extra?: { options?: string } };
  const settings = `${options.extra?.options ?? ''} -c ${DISTRICT_SETTING}=${districtId}`.trim();
  return new DataSource({ ...options, poolSize: 3, extra: { ...options.extra, options: settings } } as DataSourceOptions).initialize();
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
  return bootTestService(def, uniqueSchema(def.service), await TestIdentityProvider.create(), env);
}

/**
 * The same on a given schema and identity provider (system tests share one, restart a service on its
 * schema, or capture its logs); close() drops the schema.
 */
export async function bootTestService(
  def: ServiceDefinition,
  schema: string,
  idp: TestIdentityProvider,
  env: NodeJS.ProcessEnv = {},
  options: ServiceAppOptions = {},
): Promise<TestService> {
  const app = await createServiceApp(def, testServiceEnv(def, schema, idp, env), options);
  await app.getHttpAdapter().getInstance().ready();
  // With a broker, wait until the relay runs and every consumer group has joined.
  if (env.KAFKA_BROKERS) await app.get(MessagingRuntime).whenStarted();
  const db = await districtDataSource(app);
  return {
    app,
    idp,
    schema,
    db,
    async close() {
      await db.destroy();
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
