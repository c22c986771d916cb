import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Role } from '#contracts';
import { startTestService, type TestService } from '#testing';
import { incidentsDefinition } from '../src/incidents.definition.js';

const anonymousTip = {
  campusId: 'campus-ms-02',
  category: 'threat',
  studentIds: ['S1000002'],
  text: 'A student said he would bring something to school on Friday.',
};

const employeeTip = {
  ...anonymousTip,
  category: 'weapon',
  text: 'Saw what looked like a knife in a backpack in room 114.',
  reporter: { employeeId: 'E20417', displayName: 'Teacher B', contact: 'ext. 4417' },
};

describe('incidents: tips (TEC 37.115)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  const as = (roles: Role[], sub: string) => svc.idp.bearer(roles, sub);
  const ds = () => svc.db;

  beforeAll(async () => {
    svc = await startTestService(incidentsDefinition);
    http = request(svc.app.getHttpServer());
  });
  afterAll(() => svc?.close());

  it('keeps nothing that identifies the sender of an anonymous tip', async () => {
    const before = Date.now();
    const res = await http
      .post('/tips')
      .set('authorization', await as(['system'], 'tipline-app-77'))
      .set('x-forwarded-for', '203.0.113.45')
      .set('user-agent', 'StudentSafetyApp/3.1 (device 5D2F)')
      .set('x-correlation-id', 'tipline-req-8812')
      .send(anonymousTip)
      .expect(201);
    expect(res.body).toMatchObject({ anonymous: true, category: 'threat', text: anonymousTip.text });
    // Kept to the minute, so the time cannot be matched to one access-log line.
    expect(Date.parse(res.body.receivedAt) % 60_000).toBe(0);
    expect(Date.parse(res.body.receivedAt)).toBeGreaterThan(before - 60_000);

    const [row] = await ds().query(`SELECT * FROM tip WHERE id = $1`, [res.body.id]);
    expect(Object.keys(row).sort()).toEqual(['anonymous', 'body', 'campus_id', 'category', 'district_id', 'id', 'received_at', 'student_ids']);
    expect(await ds().query(`SELECT * FROM tip_reporter WHERE tip_id = $1`, [res.body.id])).toEqual([]);

    // Nowhere in the service's schema (outbox headers included): not the caller, address, device or request id.
    const dump = JSON.stringify(await schemaDump(ds()));
    for (const trace of ['tipline-app-77', '203.0.113.45', 'StudentSafetyApp', '5D2F', 'tipline-req-8812']) expect(dump).not.toContain(trace);
  });

  it('publishes incidents.tip.received without the text or any reporter', async () => {
    const res = await http.post('/tips').set('authorization', await as(['officer'], 'officer-3')).send(employeeTip).expect(201);
    const [event] = await ds().query(`SELECT topic, key, payload FROM outbox WHERE key = $1`, [res.body.id]);
    expect(event).toMatchObject({ topic: 'incidents.tip.v1', key: res.body.id });
    expect(event.payload).toEqual({
      tipId: res.body.id, campusId: 'campus-ms-02', category: 'weapon', studentIds: ['S1000002'], anonymous: false, receivedAt: res.body.receivedAt, districtId: 'dev',
    });
  });

  it('keeps a confidential employee reporter apart, readable by police roles only', async () => {
    const res = await http.post('/tips').set('authorization', await as(['clinician'], 'clinician-4')).send(employeeTip).expect(201);
    expect(res.body).toMatchObject({ anonymous: false });
    expect(JSON.stringify(res.body)).not.toContain('Teacher B');

    for (const roles of [['officer'], ['police-chief'], ['admin'], ['system']] as Role[][]) {
      const tip = await http.get(`/tips/${res.body.id}`).set('authorization', await as(roles, 'reader')).expect(200);
      expect(JSON.stringify(tip.body)).not.toContain('E20417');
    }
    for (const roles of [['officer'], ['police-chief']] as Role[][]) {
      const reporter = await http.get(`/tips/${res.body.id}/reporter`).set('authorization', await as(roles, 'investigator')).expect(200);
      expect(reporter.body).toEqual({ tipId: res.body.id, employeeId: 'E20417', displayName: 'Teacher B', contact: 'ext. 4417' });
    }
    for (const roles of [['admin'], ['system'], ['clinician'], ['bh-director'], ['analyst']] as Role[][]) {
      const denied = await http.get(`/tips/${res.body.id}/reporter`).set('authorization', await as(roles, 'someone')).expect(403);
      expect(denied.body).toMatchObject({ code: 'AUTH.FORBIDDEN' });
      expect(JSON.stringify(denied.body)).not.toContain('Teacher B');
    }
  });

  it('says an anonymous tip has no reporter, and an unknown tip does not exist', async () => {
    const res = await http.post('/tips').set('authorization', await as(['system'], 'tipline')).send(anonymousTip).expect(201);
    const chief = await as(['police-chief'], 'chief');
    expect((await http.get(`/tips/${res.body.id}/reporter`).set('authorization', chief).expect(404)).body.code).toBe('TIP.NO_REPORTER');
    expect((await http.get('/tips/00000000-0000-4000-8000-000000000000').set('authorization', chief).expect(404)).body.code).toBe('TIP.NOT_FOUND');
  });

  it.each([
    ['no text', { ...anonymousTip, text: undefined }, 'text'],
    ['an unknown category', { ...anonymousTip, category: 'gossip' }, 'category'],
    ['a bad student id', { ...anonymousTip, studentIds: ['S 1'] }, 'studentIds'],
    ['a reporter without a name', { ...employeeTip, reporter: { employeeId: 'E1' } }, 'reporter.displayName'],
    ['a sender field', { ...anonymousTip, senderIp: '203.0.113.45' }, 'senderIp'],
  ])('400 problem+json for %s', async (_label, body, field) => {
    const res = await http.post('/tips').set('authorization', await as(['system'], 'tipline')).send(body).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('does not let an analyst file or read tips', async () => {
    await http.post('/tips').set('authorization', await as(['analyst'], 'analyst-1')).send(anonymousTip).expect(403);
  });
});

/** Every row of every table in the service's schema, as text. */
async function schemaDump(ds: DataSource): Promise<unknown[]> {
  const tables: { table_name: string }[] = await ds.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const out: unknown[] = [];
  for (const { table_name } of tables) out.push(table_name, await ds.query(`SELECT * FROM "${table_name}"`));
  return out;
}
