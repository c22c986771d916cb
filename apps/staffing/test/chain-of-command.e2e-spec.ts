import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestService, type TestService } from '#testing';
import { staffingDefinition } from '../src/staffing.definition.js';

describe('staffing: supervisors on the roster (chain of command for peer support)', () => {
  let svc: TestService;
  beforeAll(async () => (svc = await startTestService(staffingDefinition)));
  afterAll(() => svc?.close());

  it('W8: publishes each member with their supervisor, and refuses a supervisor who is not on the roster', async () => {
    const http = request(svc.app.getHttpServer());
    const admin = await svc.idp.bearer(['admin']);
    const sgt = await http.post('/staff').set('authorization', admin).send({ employeeId: 'E70001', displayName: 'Sergeant A', role: 'supervisor', unit: 'police' }).expect(201);
    expect(sgt.body.supervisorId).toBeNull();
    const officer = await http.post('/staff').set('authorization', admin).send({ employeeId: 'E70002', displayName: 'Officer B', role: 'officer', unit: 'police', supervisorId: sgt.body.id }).expect(201);
    expect(officer.body.supervisorId).toBe(sgt.body.id);
    const [event] = await svc.db.query(`SELECT payload FROM outbox WHERE type = 'staffing.staff.added' AND key = $1`, [officer.body.id]);
    expect(event.payload).toMatchObject({ staffId: officer.body.id, supervisorId: sgt.body.id });
    const unknown = await http.post('/staff').set('authorization', admin).send({ employeeId: 'E70003', displayName: 'Officer C', role: 'officer', unit: 'police', supervisorId: randomUUID() }).expect(422);
    expect(unknown.body.code).toBe('STAFF.SUPERVISOR_NOT_FOUND');
  });
});
