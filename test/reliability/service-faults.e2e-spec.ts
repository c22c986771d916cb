import { Logger } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { eventually, startTestService, type TestService } from '#testing';
import { staffingDefinition } from '../../apps/staffing/src/staffing.definition.js';
import { startPrivatePostgres, type PrivatePostgres } from './support/private-postgres.js';

// Issue 13 defect 6 (a database outage answered 500; readiness shared the request pool). Defect 5
// (booted while the brokers are down) is covered through the real processes in rest-process-faults.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const staff = (n: number) => ({ employeeId: `E9${String(n).padStart(4, '0')}`, displayName: `Officer ${n}`, role: 'officer', unit: 'police' });

describe('staffing while its PostgreSQL is away', () => {
  let postgres: PrivatePostgres;
  let svc: TestService;

  beforeAll(async () => {
    Logger.overrideLogger(['fatal']);
    postgres = await startPrivatePostgres();
    svc = await startTestService(staffingDefinition, { DATABASE_URL: postgres.url, DB_POOL_SIZE: '2' });
  }, 120_000);

  afterAll(async () => {
    await svc?.app.close();
    await postgres?.destroy();
  }, 60_000);

  it('answers readiness on its own connection while every pooled connection is busy', async () => {
    const ds = svc.db;
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
