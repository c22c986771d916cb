import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventValidator } from '#messaging';
import { startTestService, type TestService } from '#testing';
import { AnalyticIds } from '../src/analytics/domain/analytic-ids.js';
import { incidentsDefinition } from '../src/incidents.definition.js';
import { applyFacts, assigned, citCertified, clinician, officer, onCall } from './support/co-responder-facts.js';
import { CAMPUS, IncidentApi, MINUTE } from './support/incident-api.js';

interface OutboxRow {
  topic: string;
  key: string;
  type: string;
  headers: Record<string, string>;
  payload: Record<string, unknown>;
}

const OFFICER = randomUUID();
const CLINICIAN = randomUUID();

describe('incidents: lifecycle, dispositions and use of force (real PostgreSQL)', () => {
  let svc: TestService;
  let api: IncidentApi;
  let t0: number;
  const at = (minutes: number) => new Date(t0 + minutes * MINUTE);
  const outboxFor = async (incidentId: string): Promise<OutboxRow[]> =>
    svc.db.query(
      `SELECT topic, key, type, headers, payload FROM outbox WHERE payload->>'incidentId' = $1 OR payload->>'analyticIncidentId' = $2 ORDER BY id`,
      [incidentId, svc.app.get(AnalyticIds).of('incident', incidentId)],
    );

  beforeAll(async () => {
    svc = await startTestService(incidentsDefinition);
    api = new IncidentApi(svc);
    t0 = Date.now() - 3 * 3_600_000;
    await applyFacts(svc, [
      officer(OFFICER), ...citCertified(OFFICER), assigned(OFFICER, CAMPUS),
      clinician(CLINICIAN), onCall(CLINICIAN, [CAMPUS], new Date(t0 - 86_400_000), new Date(Date.now() + 86_400_000)),
    ]);
  });
  afterAll(() => svc?.close());

  it('walks reported → triaged → dispatched → on-scene → cleared → closed, recording each time and event', async () => {
    const { id, body } = await api.report({ occurredAt: at(0).toISOString() });
    const triaged = await api.step(id, 'triage', { priority: 'urgent', coResponseIndicated: true, at: at(2).toISOString() });
    expect(triaged).toMatchObject({ status: 'triaged', triage: { priority: 'urgent', coResponseIndicated: true, triagedAt: at(2).toISOString() } });
    const dispatched = await api.step(id, 'dispatch', { at: at(3).toISOString() });
    expect(dispatched).toMatchObject({
      status: 'dispatched',
      dispatch: { coResponse: true, officerStaffId: OFFICER, clinicianStaffId: CLINICIAN, officerMatch: 'campus', dispatchedAt: at(3).toISOString(), onSceneAt: null },
    });
    await api.step(id, 'on-scene', { at: new Date(t0 + 14.5 * MINUTE).toISOString() });
    await api.step(id, 'use-of-force', { forceType: 'physical-control', studentId: 'S1000001', subjectInjury: 'none', officerInjury: 'minor', clinicianPresent: true, description: 'Held his arms briefly.', at: at(20).toISOString() });
    await api.step(id, 'dispositions', { studentId: 'S1000001', disposition: 'diversion-program', at: at(40).toISOString() });
    await api.step(id, 'clear', { at: at(60).toISOString() });
    const closed = await api.step(id, 'close');
    expect(closed).toMatchObject({
      status: 'closed',
      dispatch: { onSceneAt: new Date(t0 + 14.5 * MINUTE).toISOString(), clearedAt: at(60).toISOString() },
      closedAt: expect.any(String),
      dispositions: [{ studentId: 'S1000001', disposition: 'diversion-program', recordedBy: 'officer-7', referralRequested: true }],
      usesOfForce: [{ forceType: 'physical-control', subjectInjury: 'none', officerInjury: 'minor', clinicianPresent: true, usedAt: at(20).toISOString() }],
    });
    expect((await api.get(`/incidents/${id}`)).body).toEqual(closed);

    const rows = await outboxFor(id);
    expect(rows.map((r) => r.type)).toEqual([
      'incidents.incident.reported',
      'analytics.incident.reported',
      'incidents.incident.triaged',
      'incidents.incident.dispatched',
      'analytics.incident.dispatched',
      'incidents.incident.on-scene',
      'analytics.incident.responded',
      'incidents.incident.use-of-force-recorded',
      'analytics.incident.use-of-force-recorded',
      'incidents.critical-incident.recorded',
      'incidents.incident.disposition-recorded',
      'incidents.referral.requested',
      'analytics.incident.disposition-recorded',
      'incidents.incident.cleared',
      'incidents.incident.closed',
    ]);
    expect(rows.find((r) => r.type === 'analytics.incident.responded')!.payload).toEqual({
      analyticIncidentId: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), analyticKeyId: 'dev-ids',
      campusId: CAMPUS, respondedOn: at(14).toISOString().slice(0, 10), priority: 'urgent', coResponse: true, dispatchToOnSceneMinutes: 11,
      // R12 allows it: a district re-identifies no one (it is the tenant, the same for every record).
      districtId: 'dev',
    });
    // W6: wellness learns who was involved (staff ids and kinds), nothing about the incident's students; districtId is the tenant.
    expect(Object.keys(rows.find((r) => r.type === 'incidents.critical-incident.recorded')!.payload).sort()).toEqual(['criticalIncidentId', 'districtId', 'incidentId', 'kinds', 'recordedAt', 'staffIds']);
    expect(rows.find((r) => r.type === 'incidents.critical-incident.recorded')!.payload).toMatchObject({ kinds: ['officer-injury', 'use-of-force'], staffIds: expect.arrayContaining([expect.any(String)]) });
    // What consumers will accept: every payload passes its contract's JSON Schema.
    const validator = new EventValidator();
    expect(rows.map((r) => [r.type, validator.validate(r.headers.ce_dataschema, r.payload)])).toEqual(rows.map((r) => [r.type, { valid: true }]));
    // R1 on the police topic, R12 on the analytics topic: no narrative, location or description anywhere;
    // no student id outside the reported event and the referral.
    for (const row of rows) {
      const text = JSON.stringify(row.payload);
      for (const secret of [String(body.narrative), String(body.location), 'Held his arms']) expect(text).not.toContain(secret);
      if (!['incidents.incident.reported', 'incidents.referral.requested'].includes(row.type)) expect(text).not.toContain('S1000001');
    }
  });

  it('sends behavioral health one consent-projected referral per diverted or referred student, and none for an arrest', async () => {
    const students = ['S2000001', 'S2000002', 'S2000003'];
    const { id, body } = await api.report({ type: 'weapon', studentIds: students, occurredAt: at(0).toISOString(), narrative: 'Knife found in S2000003 locker; S2000001 in crisis.' });
    await api.dispatched(id, { triage: at(1), dispatch: at(2) });
    await api.step(id, 'on-scene', { at: at(9).toISOString() });
    const dispositions = ['diversion-program', 'referred-to-behavioral-health', 'arrest'];
    for (const [i, disposition] of dispositions.entries()) await api.step(id, 'dispositions', { studentId: students[i], disposition, at: at(30).toISOString() });
    const read = (await api.get(`/incidents/${id}`)).body;
    expect(read.dispositions.map((d: { studentId: string; referralRequested: boolean }) => [d.studentId, d.referralRequested])).toEqual([
      ['S2000001', true], ['S2000002', true], ['S2000003', false],
    ]);

    const referrals = (await outboxFor(id)).filter((r) => r.topic === 'incidents.referral.v1');
    const validator = new EventValidator();
    for (const r of referrals) expect(validator.validate(r.headers.ce_dataschema, r.payload)).toEqual({ valid: true });
    expect(referrals.map((r) => [r.type, r.payload.studentId, r.payload.disposition])).toEqual([
      ['incidents.referral.requested', 'S2000001', 'diversion-program'],
      ['incidents.referral.requested', 'S2000002', 'referred-to-behavioral-health'],
    ]);
    for (const r of referrals) {
      expect(r.key).toBe(r.payload.referralRequestId);
      // Plus districtId: the tenant, not a fact about the student.
      expect(Object.keys(r.payload).sort()).toEqual([
        'campusId', 'disposition', 'districtId', 'incidentId', 'incidentType', 'mentalHealthCrisis', 'occurredAt', 'redisclosure', 'referralRequestId',
        'requestedAt', 'safetyFlag', 'studentId',
      ]);
      expect(r.payload).toMatchObject({ incidentId: id, campusId: CAMPUS, incidentType: 'weapon', safetyFlag: true, redisclosure: 'prohibited', requestedAt: at(30).toISOString() });
      const text = JSON.stringify(r.payload);
      expect(text).not.toContain(String(body.location));
      expect(text).not.toContain('Knife');
      expect(text).not.toContain('officer-7');
      for (const other of students.filter((s) => s !== r.payload.studentId)) expect(text).not.toContain(other);
    }
  });

  it('sends an officer alone when triage says co-response is not indicated', async () => {
    const { id } = await api.report({ type: 'fight', mentalHealthCrisis: false, occurredAt: at(0).toISOString() });
    const dispatched = await api.dispatched(id, { triage: at(1), dispatch: at(2) }, false);
    expect(dispatched.dispatch).toMatchObject({ coResponse: false, clinicianStaffId: null, officerMatch: 'campus' });
    await api.step(id, 'on-scene', { at: at(7).toISOString() });
    const responded = (await outboxFor(id)).find((r) => r.type === 'analytics.incident.responded');
    expect(responded?.payload).toMatchObject({ coResponse: false, dispatchToOnSceneMinutes: 5 });
  });

  it.each([
    ['on-scene', {}],
    ['clear', {}],
    ['close', {}],
    ['dispatch', {}],
  ])('409 INCIDENT.ILLEGAL_TRANSITION for %s straight from reported', async (step, body) => {
    const { id } = await api.report();
    const res = await api.post(`/incidents/${id}/${step}`, body);
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 409, code: 'INCIDENT.ILLEGAL_TRANSITION', currentStatus: 'reported' });
    expect((await api.get(`/incidents/${id}`)).body.status).toBe('reported');
  });

  it('refuses to triage twice, to go back, or to move a closed incident', async () => {
    const { id } = await api.report({ studentIds: [] });
    await api.step(id, 'triage', { priority: 'routine', coResponseIndicated: false });
    const again = await api.post(`/incidents/${id}/triage`, { priority: 'emergency', coResponseIndicated: true });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'INCIDENT.ILLEGAL_TRANSITION', currentStatus: 'triaged', requestedStatus: 'triaged' });
    await api.step(id, 'dispatch');
    await api.step(id, 'on-scene');
    await api.step(id, 'clear');
    expect((await api.post(`/incidents/${id}/on-scene`)).body).toMatchObject({ code: 'INCIDENT.ILLEGAL_TRANSITION', currentStatus: 'cleared' });
    await api.step(id, 'close');
    for (const step of ['triage', 'dispatch', 'on-scene', 'clear', 'close']) {
      const res = await api.post(`/incidents/${id}/${step}`, step === 'triage' ? { priority: 'routine', coResponseIndicated: false } : {});
      expect([step, res.status, res.body.code]).toEqual([step, 409, 'INCIDENT.ILLEGAL_TRANSITION']);
    }
  });

  it('lets only one of two concurrent identical transitions succeed', async () => {
    const { id } = await api.report();
    const triage = () => api.post(`/incidents/${id}/triage`, { priority: 'urgent', coResponseIndicated: true });
    const triages = await Promise.all([triage(), triage(), triage()]);
    expect(triages.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const dispatch = () => api.post(`/incidents/${id}/dispatch`);
    const dispatches = await Promise.all([dispatch(), dispatch()]);
    expect(dispatches.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(dispatches.find((r) => r.status === 409)!.body).toMatchObject({ code: 'INCIDENT.ILLEGAL_TRANSITION', currentStatus: 'dispatched' });
    const types = (await outboxFor(id)).map((r) => r.type);
    expect(types.filter((t) => t === 'incidents.incident.triaged')).toHaveLength(1);
    expect(types.filter((t) => t === 'incidents.incident.dispatched')).toHaveLength(1);
  });

  it('closes only once every student has a disposition', async () => {
    const { id } = await api.report({ studentIds: ['S3000001', 'S3000002'] });
    await api.dispatched(id, { triage: new Date(), dispatch: new Date() });
    await api.step(id, 'on-scene');
    await api.step(id, 'dispositions', { studentId: 'S3000001', disposition: 'counselled' });
    await api.step(id, 'clear');
    const res = await api.post(`/incidents/${id}/close`);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'INCIDENT.DISPOSITIONS_MISSING', studentIds: ['S3000002'] });
    await api.step(id, 'dispositions', { studentId: 'S3000002', disposition: 'no-action' });
    expect((await api.step(id, 'close')).status).toBe('closed');
  });

  it('records dispositions and uses of force only on scene or after, once per student, for its own students', async () => {
    const { id } = await api.report({ studentIds: ['S4000001'] });
    await api.step(id, 'triage', { priority: 'urgent', coResponseIndicated: true });
    const early = await api.post(`/incidents/${id}/dispositions`, { studentId: 'S4000001', disposition: 'arrest' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'INCIDENT.WRONG_STATUS', currentStatus: 'triaged', allowedStatuses: ['on-scene', 'cleared'] });
    const earlyForce = await api.post(`/incidents/${id}/use-of-force`, { forceType: 'handcuffs', subjectInjury: 'none', officerInjury: 'none', clinicianPresent: false });
    expect(earlyForce.body.code).toBe('INCIDENT.WRONG_STATUS');
    await api.step(id, 'dispatch');
    await api.step(id, 'on-scene');
    const stranger = await api.post(`/incidents/${id}/dispositions`, { studentId: 'S9999999', disposition: 'counselled' });
    expect([stranger.status, stranger.body.code]).toEqual([422, 'DISPOSITION.STUDENT_NOT_INVOLVED']);
    const strangerForce = await api.post(`/incidents/${id}/use-of-force`, { forceType: 'handcuffs', studentId: 'S9999999', subjectInjury: 'none', officerInjury: 'none', clinicianPresent: false });
    expect([strangerForce.status, strangerForce.body.code]).toEqual([422, 'USE_OF_FORCE.STUDENT_NOT_INVOLVED']);
    await api.step(id, 'dispositions', { studentId: 'S4000001', disposition: 'citation' });
    const twice = await api.post(`/incidents/${id}/dispositions`, { studentId: 'S4000001', disposition: 'arrest' });
    expect([twice.status, twice.body.code]).toEqual([409, 'DISPOSITION.ALREADY_RECORDED']);
    const read = (await api.get(`/incidents/${id}`)).body;
    expect(read.dispositions).toHaveLength(1);
    expect(read.dispositions[0].disposition).toBe('citation');
    expect(read.usesOfForce).toEqual([]);
  });

  it('422 for a step time in the future or before the step it follows, changing nothing', async () => {
    const { id } = await api.report({ occurredAt: at(0).toISOString() });
    const beforeIncident = await api.post(`/incidents/${id}/triage`, { priority: 'urgent', coResponseIndicated: true, at: at(-5).toISOString() });
    expect([beforeIncident.status, beforeIncident.body.code]).toEqual([422, 'INCIDENT.TIME_OUT_OF_ORDER']);
    await api.dispatched(id, { triage: at(1), dispatch: at(2) });
    const beforeDispatch = await api.post(`/incidents/${id}/on-scene`, { at: at(1).toISOString() });
    expect([beforeDispatch.status, beforeDispatch.body.code]).toEqual([422, 'INCIDENT.TIME_OUT_OF_ORDER']);
    const future = await api.post(`/incidents/${id}/on-scene`, { at: new Date(Date.now() + 3_600_000).toISOString() });
    expect([future.status, future.body.code]).toEqual([422, 'INCIDENT.TIME_IN_FUTURE']);
    expect((await api.get(`/incidents/${id}`)).body).toMatchObject({ status: 'dispatched', dispatch: { onSceneAt: null } });
  });

  it.each([
    ['triage', { priority: 'high', coResponseIndicated: true }, 'priority'],
    ['triage', { priority: 'urgent' }, 'coResponseIndicated'],
    ['triage', { priority: 'urgent', coResponseIndicated: 'yes' }, 'coResponseIndicated'],
    ['dispatch', { officerStaffId: randomUUID() }, 'officerStaffId'],
    ['on-scene', { at: 'yesterday' }, 'at'],
    ['dispositions', { studentId: 'S1000001', disposition: 'jail' }, 'disposition'],
    ['dispositions', { disposition: 'arrest' }, 'studentId'],
    ['use-of-force', { forceType: 'handcuffs', subjectInjury: 'none', officerInjury: 'none' }, 'clinicianPresent'],
    ['use-of-force', { forceType: 'sword', subjectInjury: 'none', officerInjury: 'none', clinicianPresent: true }, 'forceType'],
  ])('400 problem+json for %s with %j', async (step, body, field) => {
    const { id } = await api.report();
    const res = await api.post(`/incidents/${id}/${step}`, body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED' });
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('404 for an unknown incident, 400 for a malformed id, 403 for roles that may not act', async () => {
    expect((await api.post(`/incidents/${randomUUID()}/dispatch`)).body).toMatchObject({ status: 404, code: 'INCIDENT.NOT_FOUND' });
    expect((await api.post('/incidents/not-a-uuid/dispatch')).status).toBe(400);
    const { id } = await api.report();
    const clinicianApi = new IncidentApi(svc, ['clinician'], 'clinician-1');
    expect((await clinicianApi.post(`/incidents/${id}/triage`, { priority: 'urgent', coResponseIndicated: true })).status).toBe(403);
    const admin = new IncidentApi(svc, ['admin'], 'admin-1');
    expect((await admin.post(`/incidents/${id}/triage`, { priority: 'urgent', coResponseIndicated: true })).body.code).toBe('AUTH.FORBIDDEN');
    expect((await admin.get(`/incidents/${id}`)).status).toBe(200);
  });
});
