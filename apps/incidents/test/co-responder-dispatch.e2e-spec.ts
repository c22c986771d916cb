import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DATA_TEAM_PRINCIPAL } from '#contracts';
import type { LocalKafka as LocalBroker } from '#devkit';
import { eventually, startTestBroker, startTestService, testBrokerEnv, testKafkaClient, type TestService } from '#testing';
import { collectOutcomes, readSnapshot } from '../../../scripts/analytics-metrics.js';
import { incidentsDefinition } from '../src/incidents.definition.js';
import {
  assigned, citCertified, citWithdrawn, clinician, deactivated, FactPublisher, officer, onCall, type Fact,
} from './support/co-responder-facts.js';
import { IncidentApi, MINUTE } from './support/incident-api.js';

// Staffing and training facts reach the incidents service as events over a real broker, published
// the way those services publish them (an outbox drained by the relay), never from their tables.
const staff = () => randomUUID();
const O = { ok: staff(), noCit: staff(), noClin: staff(), unlic: staff(), cancel: staff(), deact: staff(), revoked: staff(), area: staff(), edge: staff() };
const K = { ok: staff(), unlic: staff(), cancel: staff(), deact: staff(), revoked: staff(), area: staff(), edge: staff() };
const C = {
  ok: 'campus-hs-11', noCit: 'campus-ms-12', noClin: 'campus-el-13', unlic: 'campus-el-14', none: 'campus-el-15',
  cancel: 'campus-el-16', deact: 'campus-el-17', revoked: 'campus-el-18', area: 'campus-el-19', areaNeighbour: 'campus-el-20', edge: 'campus-el-21',
};

describe('incidents: co-responder dispatch from staffing and training events (real broker + PostgreSQL)', () => {
  let broker: LocalBroker;
  let svc: TestService;
  let publisher: FactPublisher;
  let api: IncidentApi;
  const now = Date.now();
  const shiftStart = new Date(now - 2 * 3_600_000);
  const shiftEnd = new Date(now + 2 * 3_600_000);
  const earlyShiftEnd = new Date(now - 50 * MINUTE);

  beforeAll(async () => {
    broker = await startTestBroker();
    [svc, publisher] = await Promise.all([startTestService(incidentsDefinition, testBrokerEnv(broker)), FactPublisher.start(testKafkaClient(broker))]);
    api = new IncidentApi(svc);
    const cancelled = onCall(K.cancel, [C.cancel], shiftStart, shiftEnd);
    const facts: Fact[] = [
      officer(O.ok), ...citCertified(O.ok), assigned(O.ok, C.ok),
      clinician(K.ok), onCall(K.ok, [C.ok, C.noCit], shiftStart, shiftEnd),
      officer(O.noCit), assigned(O.noCit, C.noCit),
      officer(O.noClin), ...citCertified(O.noClin), assigned(O.noClin, C.noClin),
      officer(O.unlic), ...citCertified(O.unlic), assigned(O.unlic, C.unlic), clinician(K.unlic, false), onCall(K.unlic, [C.unlic], shiftStart, shiftEnd),
      officer(O.cancel), ...citCertified(O.cancel), assigned(O.cancel, C.cancel),
      clinician(K.cancel), cancelled, onCall(K.cancel, [C.cancel], shiftStart, shiftEnd, { shiftId: (cancelled.data as { shiftId: string }).shiftId, cancelled: true }),
      officer(O.deact), ...citCertified(O.deact), assigned(O.deact, C.deact), deactivated(O.deact), clinician(K.deact), onCall(K.deact, [C.deact], shiftStart, shiftEnd),
      officer(O.revoked), ...citCertified(O.revoked), citWithdrawn(O.revoked, new Date(now - 86_400_000)), assigned(O.revoked, C.revoked),
      clinician(K.revoked), onCall(K.revoked, [C.revoked], shiftStart, shiftEnd),
      officer(O.area), ...citCertified(O.area), assigned(O.area, C.areaNeighbour), clinician(K.area), onCall(K.area, [C.area], shiftStart, shiftEnd),
      officer(O.edge), ...citCertified(O.edge), assigned(O.edge, C.edge), clinician(K.edge), onCall(K.edge, [C.edge], new Date(now - 3 * 3_600_000), earlyShiftEnd),
    ];
    await publisher.publish(facts);
    // The last fact of every kind has arrived (each kind travels on its own topic and partition).
    await eventually(async () => svc.db.query(
      `SELECT (SELECT count(*) FROM roster_staff)::int AS staff, (SELECT count(*) FROM roster_assignment)::int AS assignments,
              (SELECT count(*) FROM on_call_shift WHERE cancelled)::int AS cancelled, (SELECT count(*) FROM on_call_shift)::int AS shifts,
              (SELECT count(*) FROM roster_staff WHERE deactivated_at IS NOT NULL)::int AS deactivated,
              (SELECT count(*) FROM officer_certification)::int AS certifications, (SELECT count(*) FROM officer_eligibility_change)::int AS verdicts`,
    ), ([r]) => r.staff === 16 && r.assignments === 9 && r.shifts === 7 && r.cancelled === 1 && r.deactivated === 1 && r.certifications === 8 && r.verdicts === 9, 30_000);
  }, 90_000);
  afterAll(async () => {
    await publisher?.stop();
    await svc?.close();
    await broker?.stop();
  });

  async function triaged(campusId: string, coResponseIndicated = true, at = new Date(now - 40 * MINUTE)) {
    const { id } = await api.report({ campusId, occurredAt: new Date(at.getTime() - 5 * MINUTE).toISOString(), studentIds: ['S5000001'] });
    await api.step(id, 'triage', { priority: 'urgent', coResponseIndicated, at: at.toISOString() });
    return id;
  }

  it('mirrors every campus of every shift not cancelled, with its holder and times, in on_call_shift_campus', async () => {
    const mirror = `SELECT campus_id, shift_id, staff_id, starts_at, ends_at FROM on_call_shift_campus ORDER BY 1, 2`;
    const expected = `SELECT c AS campus_id, shift_id, staff_id, starts_at, ends_at FROM on_call_shift, unnest(campus_ids) AS c WHERE NOT cancelled ORDER BY 1, 2`;
    const rows = await svc.db.query(mirror);
    expect(rows).toHaveLength(7);
    expect(rows).toEqual(await svc.db.query(expected));
  });

  it('moves a changed shift in on_call_shift_campus (campuses, holder, times) and drops it once cancelled', async () => {
    const [shiftId, first, second] = [randomUUID(), staff(), staff()];
    const [startsAt, endsAt] = [new Date(now + 24 * 3_600_000), new Date(now + 32 * 3_600_000)];
    const rows = () => svc.db.query(`SELECT campus_id, staff_id, starts_at, ends_at FROM on_call_shift_campus WHERE shift_id = $1 ORDER BY 1`, [shiftId]);
    await publisher.publish([onCall(first, ['campus-zz-01', 'campus-zz-02'], shiftStart, shiftEnd, { shiftId })]);
    await eventually(rows, (r) => r.length === 2, 30_000);
    await publisher.publish([onCall(second, ['campus-zz-02', 'campus-zz-03'], startsAt, endsAt, { shiftId })]);
    const moved = [
      { campus_id: 'campus-zz-02', staff_id: second, starts_at: startsAt, ends_at: endsAt },
      { campus_id: 'campus-zz-03', staff_id: second, starts_at: startsAt, ends_at: endsAt },
    ];
    await eventually(rows, (r) => r.length === 2 && r[0].staff_id === second, 30_000);
    expect(await rows()).toEqual(moved);
    await publisher.publish([onCall(second, ['campus-zz-02', 'campus-zz-03'], startsAt, endsAt, { shiftId, cancelled: true })]);
    await eventually(rows, (r) => r.length === 0, 30_000);
  });

  it('shows who could respond, as dispatch will read it', async () => {
    const res = await api.get(`/co-responder-eligibility?campusId=${C.ok}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      campusId: C.ok,
      officers: [{ staffId: O.ok, match: 'campus', primary: true, busy: false, citCurrent: true }],
      clinicians: [{ staffId: K.ok, busy: false }],
      coResponsePossible: true,
    });
    expect((await api.get(`/co-responder-eligibility?campusId=${C.none}`)).body).toMatchObject({ officers: [], clinicians: [], coResponsePossible: false });
    expect((await api.get('/co-responder-eligibility')).status).toBe(400);
  });

  it('dispatches the CIT officer assigned to the campus with the clinician on call there', async () => {
    const id = await triaged(C.ok);
    const res = await api.post(`/incidents/${id}/dispatch`, { at: new Date(now - 30 * MINUTE).toISOString() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'dispatched', dispatch: { coResponse: true, officerStaffId: O.ok, clinicianStaffId: K.ok, officerMatch: 'campus' } });
    const [event] = await svc.db.query(`SELECT payload FROM outbox WHERE type = 'incidents.incident.dispatched' AND key = $1`, [id]);
    expect(event.payload).toEqual({
      incidentId: id, campusId: C.ok, coResponse: true, officerStaffId: O.ok, clinicianStaffId: K.ok, dispatchedAt: new Date(now - 30 * MINUTE).toISOString(),
      clinicianMode: 'in-person', officerOnlyReason: null, districtId: 'dev',
    });
  });

  it('takes an officer from another campus of the dispatch area when none is assigned to the campus', async () => {
    const id = await triaged(C.area);
    const none = await api.post(`/incidents/${id}/dispatch`);
    expect(none.body).toMatchObject({ code: 'DISPATCH.NO_ELIGIBLE_PAIR', reasons: ['no-cit-officer'] });
    const chief = new IncidentApi(svc, ['police-chief'], 'chief-1');
    const area = await chief.http().put('/dispatch-areas/north-feeder').set('authorization', await chief.auth()).send({ campusIds: [C.area, C.areaNeighbour] });
    expect(area.body).toEqual({ areaId: 'north-feeder', campusIds: [C.area, C.areaNeighbour].sort() });
    const res = await api.post(`/incidents/${id}/dispatch`);
    expect(res.body.dispatch).toMatchObject({ officerStaffId: O.area, clinicianStaffId: K.area, officerMatch: 'dispatch-area' });
  });

  it.each([
    ['an assigned officer without CIT', () => C.noCit, ['no-cit-officer'], /none of the 1 active officer\(s\) assigned to campus-ms-12 .* holds a current CIT certification/],
    ['a CIT officer whose eligibility training withdrew', () => C.revoked, ['no-cit-officer'], /holds a current CIT certification/],
    ['a deactivated officer', () => C.deact, ['no-cit-officer'], /no active officer is assigned to campus-el-17/],
    ['no clinician on call', () => C.noClin, ['no-clinician-on-call'], /no clinician is on call for campus-el-13/],
    ['an unlicensed clinician on call', () => C.unlic, ['no-clinician-on-call'], /belong to no active, licensed clinician/],
    ['a cancelled shift', () => C.cancel, ['no-clinician-on-call'], /no clinician is on call for campus-el-16/],
    ['nobody at all', () => C.none, ['no-cit-officer', 'no-clinician-on-call'], /no active officer is assigned .*; no clinician is on call/],
  ])('409 DISPATCH.NO_ELIGIBLE_PAIR for %s, saying why, and the incident stays triaged', async (_label, campus, reasons, detail) => {
    const id = await triaged(campus());
    const res = await api.post(`/incidents/${id}/dispatch`);
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'urn:problem:DISPATCH.NO_ELIGIBLE_PAIR', status: 409, code: 'DISPATCH.NO_ELIGIBLE_PAIR', reasons, campusId: campus() });
    expect(res.body.detail).toMatch(detail);
    expect((await api.get(`/incidents/${id}`)).body).toMatchObject({ status: 'triaged', dispatch: null });
  });

  it('treats the end of an on-call shift as exclusive', async () => {
    const atEnd = await triaged(C.edge, true, new Date(now - 70 * MINUTE));
    const refused = await api.post(`/incidents/${atEnd}/dispatch`, { at: earlyShiftEnd.toISOString() });
    expect(refused.body).toMatchObject({ code: 'DISPATCH.NO_ELIGIBLE_PAIR', reasons: ['no-clinician-on-call'] });
    const justBefore = await triaged(C.edge, true, new Date(now - 70 * MINUTE));
    const res = await api.post(`/incidents/${justBefore}/dispatch`, { at: new Date(earlyShiftEnd.getTime() - 1).toISOString() });
    expect(res.body.dispatch).toMatchObject({ officerStaffId: O.edge, clinicianStaffId: K.edge });
  });

  it('sends a non-CIT officer alone when co-response is not indicated, and says so when there is none', async () => {
    const id = await triaged(C.noCit, false);
    const res = await api.post(`/incidents/${id}/dispatch`);
    expect(res.body.dispatch).toMatchObject({ coResponse: false, officerStaffId: O.noCit, clinicianStaffId: null });
    const lonely = await triaged(C.none, false);
    const none = await api.post(`/incidents/${lonely}/dispatch`);
    expect(none.status).toBe(409);
    expect(none.body).toMatchObject({ code: 'DISPATCH.NO_ELIGIBLE_OFFICER', reasons: ['no-officer'] });
  });

  it('publishes the referral and the outcome facts to the broker, where the data teams compute their metrics', async () => {
    const first = await triaged(C.ok);
    await api.step(first, 'dispatch', { at: new Date(now - 30 * MINUTE).toISOString() });
    await api.step(first, 'on-scene', { at: new Date(now - 21 * MINUTE).toISOString() });
    await api.step(first, 'use-of-force', { forceType: 'physical-control', studentId: 'S5000001', subjectInjury: 'none', officerInjury: 'none', clinicianPresent: true });
    await api.step(first, 'dispositions', { studentId: 'S5000001', disposition: 'diversion-program' });
    const second = await triaged(C.noCit, false);
    await api.step(second, 'dispatch', { at: new Date(now - 30 * MINUTE).toISOString() });
    await api.step(second, 'on-scene', { at: new Date(now - 16 * MINUTE).toISOString() });
    await api.step(second, 'use-of-force', { forceType: 'handcuffs', subjectInjury: 'minor', officerInjury: 'none', clinicianPresent: false });
    await api.step(second, 'dispositions', { studentId: 'S5000001', disposition: 'arrest' });
    const ds = svc.db;
    await eventually(() => ds.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`), ([r]) => r.n === 0);
    const operator = testKafkaClient(broker);

    const referrals: { data: Record<string, unknown>; headers: Record<string, string> }[] = [];
    await readSnapshot({ ...operator, topic: 'incidents.referral.v1' }, (_type, data, headers) => referrals.push({ data: data as Record<string, unknown>, headers }));
    expect(referrals).toHaveLength(1);
    expect(referrals[0].headers).toMatchObject({ ce_type: 'incidents.referral.requested', ce_source: 'incidents', ce_subject: referrals[0].data.referralRequestId });
    expect(referrals[0].data).toMatchObject({ incidentId: first, studentId: 'S5000001', disposition: 'diversion-program', redisclosure: 'prohibited' });
    expect(referrals[0].data).not.toHaveProperty('narrative');
    expect(referrals[0].data).not.toHaveProperty('location');

    const metrics = await collectOutcomes(testKafkaClient(broker, DATA_TEAM_PRINCIPAL));
    // Every incident of this file reports S5000001; two of them got a response on scene.
    const reported = Number((await ds.query(`SELECT count(*)::int AS n FROM incident`))[0].n);
    expect(metrics).toMatchObject({
      responseMinutes: { coResponse: { count: 1, median: 9 }, officerOnly: { count: 1, median: 14 } },
      divertedOrReferred: 1,
      arrested: 1,
      contacts: { students: 1, repeatStudents: 1, max: reported },
      useOfForce: { withClinician: 1, withoutClinician: 1 },
    });
  }, 60_000);
});
