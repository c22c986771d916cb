import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { LocalKafka } from '#devkit';
import { MessagingRuntime } from '#messaging';
import { createServiceApp } from '#platform';
import {
  dropSchema,
  eventually,
  startTestBroker,
  startTestService,
  TestIdentityProvider,
  testBrokerEnv,
  testServiceEnv,
  uniqueSchema,
  type TestService,
} from '#testing';
import { staffingService } from '../../apps/staffing/src/staffing.service.js';
import { startPrivatePostgres, type PrivatePostgres } from './support/private-postgres.js';

// Issue 13 defects 5 (a service booted while the brokers are down never started messaging, and
// said ready) and 6 (a database outage answered 500; readiness shared the request pool).
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const staff = (n: number) => ({ employeeId: `E9${String(n).padStart(4, '0')}`, displayName: `Officer ${n}`, role: 'officer', unit: 'police' });

describe('staffing booted while every broker is down', () => {
  let broker: LocalKafka;
  let app: NestFastifyApplication | undefined;
  const schema = uniqueSchema('staffing');

  beforeAll(async () => {
    Logger.overrideLogger(['fatal']);
    broker = await startTestBroker({ nodes: 1 });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await broker?.stop();
    await dropSchema(schema);
  }, 60_000);

  it('accepts writes, reports the broker down until messaging runs, starts messaging when the broker returns, and publishes what waited', async () => {
    await broker.killNode(1);
    const idp = await TestIdentityProvider.create();
    // Not startTestService: it waits for messaging, which is exactly what cannot start yet.
    app = await createServiceApp(staffingService, testServiceEnv(staffingService, schema, idp, testBrokerEnv(broker)));
    await app.getHttpAdapter().getInstance().ready();
    const http = request(app.getHttpServer());
    const auth = await idp.bearer(['system'], 'hr-sync');
    for (let i = 1; i <= 5; i++) await http.post('/staff').set('authorization', auth).send(staff(i)).expect(201);
    const notReady = await http.get('/health/ready').expect(503);
    expect(notReady.body.checks.error.broker).toMatchObject({ status: 'down' });
    // Longer than the producer's whole retry budget (~26 s): the first start-up attempt fails.
    await sleep(35_000);
    expect(app.get(MessagingRuntime).isRunning()).toBe(false);
    await http.get('/health/ready').expect(503);
    await broker.startNode(1);
    await eventually(async () => app!.get(MessagingRuntime).isRunning(), (running) => running, 90_000);
    await eventually(async () => (await http.get('/health/ready')).status, (s) => s === 200, 30_000);
    const ds = app.get(DataSource);
    await eventually(() => ds.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`), (r) => r[0].n === 0, 30_000);
  }, 240_000);
});

describe('staffing while its PostgreSQL is away', () => {
  let postgres: PrivatePostgres;
  let svc: TestService;

  beforeAll(async () => {
    Logger.overrideLogger(['fatal']);
    postgres = await startPrivatePostgres();
    svc = await startTestService(staffingService, { DATABASE_URL: postgres.url, DB_POOL_SIZE: '2' });
  }, 120_000);

  afterAll(async () => {
    await svc?.app.close();
    await postgres?.destroy();
  }, 60_000);

  it('answers readiness on its own connection while every pooled connection is busy', async () => {
    const ds = svc.app.get(DataSource);
    const busy = Promise.all([1, 2, 3].map(() => ds.query('SELECT pg_sleep(4)')));
    await sleep(300);
    const ready = await request(svc.app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(200);
    await busy;
  }, 30_000);

  it('503 problem+json SERVICE.UNAVAILABLE with Retry-After while the database is down, and serves again when it is back', async () => {
    const http = request(svc.app.getHttpServer());
    const auth = await svc.idp.bearer(['system'], 'hr-sync');
    const created = await http.post('/staff').set('authorization', auth).send(staff(100)).expect(201);
    await postgres.stop();
    try {
      const down = await http.get(`/staff/${created.body.id}`).set('authorization', auth);
      expect(down.status).toBe(503);
      expect(down.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(down.headers['retry-after']).toMatch(/^\d+$/);
      expect(down.body).toMatchObject({ status: 503, code: 'SERVICE.UNAVAILABLE' });
      const write = await http.post('/staff').set('authorization', auth).send(staff(101));
      expect(write.status).toBe(503);
      const ready = await http.get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.checks.error.database).toMatchObject({ status: 'down' });
    } finally {
      await postgres.start();
    }
    await eventually(async () => (await http.get(`/staff/${created.body.id}`).set('authorization', auth)).status, (s) => s === 200, 30_000);
    await eventually(async () => (await http.get('/health/ready')).status, (s) => s === 200, 30_000);
  }, 60_000);
});
