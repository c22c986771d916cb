import request from 'supertest';
import { DataSource } from 'typeorm';
import { describeServiceConformance, omit, startTestService, type TestService } from '#testing';
import { incidentsDefinition } from '../src/incidents.definition.js';

const validBody = {
  campusId: 'campus-hs-01',
  location: 'Gym hallway',
  occurredAt: '2026-11-23T14:05:00Z',
  type: 'welfare-check',
  studentIds: ['S1000001'],
  narrative: 'Teacher asked for a welfare check on a distressed student.',
  mentalHealthCrisis: true,
};

describeServiceConformance({
  service: incidentsDefinition,
  collection: '/incidents',
  validBody,
  writer: 'officer',
  forbidden: 'clinician',
  notFoundCode: 'INCIDENT.NOT_FOUND',
  badBodies: [
    ['a wrong type', { ...validBody, mentalHealthCrisis: 'yes' }, 'mentalHealthCrisis'],
    ['a missing field', omit(validBody, 'narrative'), 'narrative'],
    ['an unknown incident type', { ...validBody, type: 'jaywalking' }, 'type'],
    ['a malformed student id', { ...validBody, studentIds: ['S 1; drop'] }, 'studentIds'],
  ],
});

describe('incidents: report incident', () => {
  let svc: TestService;
  beforeAll(async () => (svc = await startTestService(incidentsDefinition)));
  afterAll(() => svc?.close());

  it('records the reporting officer from the token and starts in "reported"', async () => {
    const http = request(svc.app.getHttpServer());
    const res = await http
      .post('/incidents')
      .set('authorization', await svc.idp.bearer(['officer'], 'officer-7'))
      .send({ ...validBody, studentIds: ['S1000001', 'S1000001'] })
      .expect(201);
    expect(res.body).toMatchObject({
      status: 'reported',
      reportedBy: 'officer-7',
      occurredAt: '2026-11-23T14:05:00.000Z',
      studentIds: ['S1000001'],
    });
  });

  it("puts the incident in each of its students' history in the same statement (incident_student), once per student", async () => {
    const http = request(svc.app.getHttpServer());
    const created = await http
      .post('/incidents')
      .set('authorization', await svc.idp.bearer(['officer'], 'officer-7'))
      .send({ ...validBody, studentIds: ['S2000001', 'S2000002', 'S2000001'] })
      .expect(201);
    const rows = await svc.db.query(`SELECT student_id, occurred_at FROM incident_student WHERE incident_id = $1 ORDER BY student_id`, [created.body.id]);
    expect(rows).toEqual([
      { student_id: 'S2000001', occurred_at: new Date(validBody.occurredAt) },
      { student_id: 'S2000002', occurred_at: new Date(validBody.occurredAt) },
    ]);
    const chief = await svc.idp.bearer(['police-chief']);
    for (const studentId of ['S2000001', 'S2000002']) {
      const history = await http.get('/incidents').query({ studentId }).set('authorization', chief).expect(200);
      expect(history.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
    }
  });

  it('lets a district system (CAD) report, and the chief read, but not a clinician read', async () => {
    const http = request(svc.app.getHttpServer());
    const created = await http.post('/incidents').set('authorization', await svc.idp.bearer(['system'], 'cad')).send(validBody).expect(201);
    await http.get(`/incidents/${created.body.id}`).set('authorization', await svc.idp.bearer(['police-chief'])).expect(200);
    await http.get(`/incidents/${created.body.id}`).set('authorization', await svc.idp.bearer(['clinician'])).expect(403);
  });
});

describe('incidents: events written with the incident', () => {
  let svc: TestService;
  beforeAll(async () => (svc = await startTestService(incidentsDefinition)));
  afterAll(() => svc?.close());

  it('records the police event and a de-identified analytics event in the same transaction', async () => {
    const http = request(svc.app.getHttpServer());
    const res = await http
      .post('/incidents')
      .set('authorization', await svc.idp.bearer(['officer'], 'officer-7'))
      .set('x-correlation-id', 'cad-991')
      .send(validBody)
      .expect(201);
    const rows: { topic: string; key: string; type: string; headers: Record<string, string>; payload: Record<string, unknown> }[] = await svc.db
      .query('SELECT topic, key, type, headers, payload FROM outbox ORDER BY id');
    expect(rows.map((r) => [r.topic, r.type, r.key])).toEqual([
      ['incidents.incident.v1', 'incidents.incident.reported', res.body.id],
      ['analytics.incident.v2', 'analytics.incident.reported', rows[1].payload.analyticIncidentId],
      // Issue 18: the student in each demographic dimension ('unknown': the SIS sent nothing), one record each.
      ...rows.slice(2).map((r) => ['analytics.incident.v2', 'analytics.student-group.counted', r.payload.analyticGroupFactId]),
    ]);
    expect(rows.slice(2).map((r) => [r.payload.dimension, r.payload.value, r.payload.measure, r.payload.monthOf]).sort()).toEqual(
      ['emergentBilingual', 'gradeBand', 'raceEthnicity', 'sex', 'specialEducation'].map((d) => [d, 'unknown', 'involved', '2026-11-01']),
    );
    const [police, analytics] = rows;
    expect(police.payload).not.toHaveProperty('narrative'); // R1: minimum fields only
    expect(police.headers).toMatchObject({ ce_correlationid: 'cad-991', ce_subject: res.body.id, ce_source: 'incidents' });
    const text = JSON.stringify(analytics.payload);
    expect(text).not.toContain('S1000001'); // R12: no direct identifiers
    expect(text).not.toContain(validBody.narrative);
    expect(analytics.payload).toMatchObject({ occurredOn: '2026-11-23', pseudonymKeyId: 'dev', studentPseudonyms: [expect.stringMatching(/^[A-Za-z0-9_-]{43}$/)] });
    // R12: the analytic id, not the incident id, keys the record; no request trace; the day only.
    expect(text).not.toContain(res.body.id);
    expect(analytics.headers).not.toHaveProperty('ce_correlationid');
    expect(analytics.headers.ce_time).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });

  it('writes neither the incident nor its events when the request is rejected', async () => {
    const http = request(svc.app.getHttpServer());
    const before = await svc.db.query('SELECT count(*)::int AS n FROM outbox');
    await http.post('/incidents').set('authorization', await svc.idp.bearer(['officer'])).send({ ...validBody, type: 'nope' }).expect(400);
    expect(await svc.db.query('SELECT count(*)::int AS n FROM outbox')).toEqual(before);
  });
});
