import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ANALYTICS_INCIDENT_TOPIC, DATA_TEAM_PRINCIPAL } from '#contracts';
import type { LocalKafka as LocalBroker } from '#devkit';
import { EventValidator } from '#messaging';
import { eventually, startTestBroker, startTestService, testBrokerEnv, testKafkaClient, type TestService } from '#testing';
import { suppress } from '../../../scripts/analytics-breakdown.js';
import { collectBreakdown, readSnapshot } from '../../../scripts/analytics-metrics.js';
import { incidentsDefinition } from '../src/incidents.definition.js';
import { assigned, citCertified, clinician, FactPublisher, officer, onCall, type Fact } from './support/co-responder-facts.js';
import { IncidentApi, MINUTE } from './support/incident-api.js';

// A campus with a CIT officer but nobody on call for it; a clinician on call elsewhere in the district.
const OFFICER = randomUUID();
const CLINICIAN = randomUUID();
const CAMPUS = 'campus-el-31';
const ELSEWHERE = 'campus-hs-32';

describe('incidents: dispatch that never dead-ends (officer-only with a reason, remote consult, re-triage, void)', () => {
  let broker: LocalBroker;
  let svc: TestService;
  let publisher: FactPublisher;
  let api: IncidentApi;
  let chief: IncidentApi;
  const now = Date.now();

  beforeAll(async () => {
    broker = await startTestBroker();
    [svc, publisher] = await Promise.all([startTestService(incidentsDefinition, testBrokerEnv(broker)), FactPublisher.start(testKafkaClient(broker))]);
    api = new IncidentApi(svc);
    chief = new IncidentApi(svc, ['police-chief'], 'police-chief-1');
    const facts: Fact[] = [
      officer(OFFICER), ...citCertified(OFFICER), assigned(OFFICER, CAMPUS),
      clinician(CLINICIAN), onCall(CLINICIAN, [ELSEWHERE], new Date(now - 2 * 3_600_000), new Date(now + 2 * 3_600_000)),
    ];
    await publisher.publish(facts);
    await eventually(async () => svc.db.query(
      `SELECT (SELECT count(*) FROM roster_assignment)::int AS assignments, (SELECT count(*) FROM on_call_shift)::int AS shifts,
              (SELECT count(*) FROM officer_eligibility_change)::int AS verdicts`,
    ), ([r]) => r.assignments === 1 && r.shifts === 1 && r.verdicts >= 1, 30_000);
  }, 90_000);
  afterAll(async () => {
    await publisher?.stop();
    await svc?.close();
    await broker?.stop();
  });

  async function triaged(coResponseIndicated = true): Promise<string> {
    const { id } = await api.report({ campusId: CAMPUS, occurredAt: new Date(now - 45 * MINUTE).toISOString(), studentIds: ['S5100001'] });
    await api.step(id, 'triage', { priority: 'urgent', coResponseIndicated, at: new Date(now - 40 * MINUTE).toISOString() });
    return id;
  }
  const at = (minutesAgo: number) => new Date(now - minutesAgo * MINUTE).toISOString();

  it('with no clinician on call for the campus, dispatch answers 409 with the ways out, and an on-call clinician elsewhere joins remotely', async () => {
    const id = await triaged();
    const refused = await api.post(`/incidents/${id}/dispatch`, { at: at(30) });
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'DISPATCH.NO_ELIGIBLE_PAIR', reasons: ['no-clinician-on-call'], alternatives: expect.arrayContaining(['dispatch with clinicianMode=remote']) });

    const remote = await api.post(`/incidents/${id}/dispatch`, { at: at(30), clinicianMode: 'remote' });
    expect(remote.status).toBe(200);
    expect(remote.body).toMatchObject({
      status: 'dispatched',
      dispatch: { coResponse: true, officerStaffId: OFFICER, clinicianStaffId: CLINICIAN, clinicianMode: 'remote', officerOnlyReason: null },
    });
  });

  it('sends an officer alone with a recorded reason, counted apart from the co-responses', async () => {
    const id = await triaged();
    const bad = await api.post(`/incidents/${id}/dispatch`, { officerOnlyReason: 'short-staffed', clinicianMode: 'video' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['clinicianMode', 'officerOnlyReason']);
    const res = await api.post(`/incidents/${id}/dispatch`, { at: at(29), officerOnlyReason: 'imminent-danger' });
    expect(res.status).toBe(200);
    expect(res.body.dispatch).toMatchObject({ coResponse: false, officerStaffId: OFFICER, clinicianStaffId: null, clinicianMode: null, officerOnlyReason: 'imminent-danger' });
  });

  it('re-triages a triaged incident (once dispatched it is too late), republishing triaged with retriage: true', async () => {
    const id = await triaged();
    const again = await api.post(`/incidents/${id}/retriage`, { priority: 'emergency', coResponseIndicated: false, at: at(35) });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'triaged', triage: { priority: 'emergency', coResponseIndicated: false } });
    const sent = await api.post(`/incidents/${id}/dispatch`, { at: at(28) });
    expect(sent.body.dispatch).toMatchObject({ coResponse: false, officerOnlyReason: null, clinicianMode: null });
    const late = await api.post(`/incidents/${id}/retriage`, { priority: 'routine', coResponseIndicated: true });
    expect([late.status, late.body.code]).toEqual([409, 'INCIDENT.WRONG_STATUS']);
    const ds = svc.db;
    const triages = await ds.query(`SELECT payload FROM outbox WHERE type = 'incidents.incident.triaged' AND payload->>'incidentId' = $1 ORDER BY id`, [id]);
    expect(triages.map((r: { payload: { retriage?: boolean } }) => r.payload.retriage ?? false)).toEqual([false, true]);
  });

  it('lets supervisors void an incident with a reason (audited: who, when, why), once, and frees it from every step', async () => {
    const id = await triaged();
    expect((await api.post(`/incidents/${id}/void`, { reason: 'duplicate' })).status).toBe(403);
    expect((await chief.post(`/incidents/${id}/void`, { reason: 'because' })).status).toBe(400);
    const voided = await chief.post(`/incidents/${id}/void`, { reason: 'duplicate', note: 'Same call as another report (synthetic).' });
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ status: 'voided', void: { reason: 'duplicate', voidedBy: 'police-chief-1', note: 'Same call as another report (synthetic).' } });
    const again = await chief.post(`/incidents/${id}/void`, { reason: 'duplicate' });
    expect([again.status, again.body.code]).toEqual([409, 'INCIDENT.WRONG_STATUS']);
    expect((await api.post(`/incidents/${id}/dispatch`, {})).status).toBe(409);
    expect((await api.get(`/incidents?status=voided&campusId=${CAMPUS}`)).body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const [event] = await svc.db.query(`SELECT payload FROM outbox WHERE type = 'incidents.incident.voided'`);
    expect(event.payload).toEqual({ incidentId: id, campusId: CAMPUS, previousStatus: 'triaged', reason: 'duplicate', voidedBy: 'police-chief-1', voidedAt: expect.any(String), districtId: 'dev' });
  });

  it('puts every new fact on the streams, valid against its schema; the data team reads officer-only, remote and voided apart', async () => {
    const ds = svc.db;
    const validator = new EventValidator();
    const rows: { type: string; headers: Record<string, string>; payload: unknown }[] = await ds.query(`SELECT type, headers, payload FROM outbox ORDER BY id`);
    expect(rows.flatMap((r) => (validator.validate(r.headers.ce_dataschema, r.payload).valid ? [] : [r.type]))).toEqual([]);
    await eventually(() => ds.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`), ([r]) => r.n === 0);

    const seen: { type: string; data: Record<string, unknown> }[] = [];
    await readSnapshot({ ...testKafkaClient(broker, DATA_TEAM_PRINCIPAL), topic: ANALYTICS_INCIDENT_TOPIC }, (type, data) => seen.push({ type, data: data as Record<string, unknown> }));
    const dispatched = seen.filter((e) => e.type === 'analytics.incident.dispatched').map((e) => e.data);
    expect(dispatched.map((d) => [d.coResponseIndicated, d.coResponse, d.clinicianMode, d.officerOnlyReason]).sort()).toEqual(
      [[false, false, null, null], [true, false, null, 'imminent-danger'], [true, true, 'remote', null]].sort(),
    );
    const voided = seen.filter((e) => e.type === 'analytics.incident.voided').map((e) => e.data);
    expect(voided).toEqual([expect.objectContaining({ campusId: CAMPUS, previousStatus: 'triaged', reason: 'duplicate', voidedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })]);
    // R12: no source id and no free text on the data teams' stream.
    const text = JSON.stringify(seen);
    for (const id of (await ds.query(`SELECT id FROM incident`)).map((r: { id: string }) => r.id)) expect(text).not.toContain(id);
    expect(text).not.toContain('synthetic');
    expect(text).not.toContain('police-chief-1');

    // The data team's per-campus, per-month report (scripts/analytics-metrics.ts --format json|csv).
    const report = await collectBreakdown(testKafkaClient(broker, DATA_TEAM_PRINCIPAL), {}, 'campus');
    expect(report.filter((r) => r.campusId === CAMPUS)).toEqual([
      expect.objectContaining({ month: 'all', incidents: 4, voided: 1, coResponseRemote: 1, coResponseInPerson: 0, officerOnlyImminentDanger: 1, officerOnlyNotIndicated: 1, officerOnlyNoClinician: 0 }),
    ]);
    expect(suppress(report, 5).find((r) => r.campusId === CAMPUS)).toMatchObject({ incidents: null, voided: null, coResponseInPerson: 0 });
  }, 60_000);
});
