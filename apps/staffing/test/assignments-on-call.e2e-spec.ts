import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Role } from '#contracts';
import { startTestService, type TestService } from '#testing';
import { staffingDefinition } from '../src/staffing.definition.js';

describe('staffing: campus assignments and the on-call schedule', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  let admin: string;
  let seq = 0;
  const as = (roles: Role[], sub?: string) => svc.idp.bearer(roles, sub);

  beforeAll(async () => {
    svc = await startTestService(staffingDefinition);
    http = request(svc.app.getHttpServer());
    admin = await as(['admin']);
  });
  afterAll(() => svc?.close());

  async function staff(role: 'officer' | 'clinician'): Promise<string> {
    const n = ++seq;
    const body =
      role === 'officer'
        ? { employeeId: `E4${n}`, displayName: `Officer ${n}`, role, unit: 'police' }
        : { employeeId: `E4${n}`, displayName: `Clinician ${n}`, role, unit: 'behavioral-health', licenseNumber: `LCSW-4${n}` };
    return (await http.post('/staff').set('authorization', admin).send(body).expect(201)).body.id;
  }

  const assign = (staffId: string, body: Record<string, unknown>) => http.post(`/staff/${staffId}/assignments`).set('authorization', admin).send(body);

  async function outboxCount(type: string, key: string): Promise<number> {
    const [row] = await svc.db.query(`SELECT count(*)::int AS n FROM outbox WHERE type = $1 AND key = $2`, [type, key]);
    return row.n;
  }

  describe('campus assignments', () => {
    it('creates dated assignments and publishes the whole state', async () => {
      const id = await staff('officer');
      const res = await assign(id, { campusId: 'campus-hs-01', primary: true, effectiveFrom: '2026-08-15' }).expect(201);
      expect(res.body).toMatchObject({ staffId: id, campusId: 'campus-hs-01', primary: true, effectiveFrom: '2026-08-15', effectiveTo: null, cancelled: false });
      const [event] = await svc.db.query(`SELECT payload FROM outbox WHERE type = 'staffing.assignment.changed' AND key = $1`, [res.body.id]);
      expect(event.payload).toEqual({ assignmentId: res.body.id, staffId: id, campusId: 'campus-hs-01', primary: true, effectiveFrom: '2026-08-15', effectiveTo: null, cancelled: false, districtId: 'dev' });
    });

    it('refuses overlapping primary assignments (409) but allows back-to-back ones and secondary overlaps', async () => {
      const id = await staff('officer');
      await assign(id, { campusId: 'campus-hs-01', primary: true, effectiveFrom: '2026-08-15', effectiveTo: '2027-01-01' }).expect(201);
      const overlap = await assign(id, { campusId: 'campus-ms-02', primary: true, effectiveFrom: '2026-12-31' }).expect(409);
      expect(overlap.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(overlap.body.code).toBe('ASSIGNMENT.OVERLAP');
      await assign(id, { campusId: 'campus-ms-02', primary: true, effectiveFrom: '2027-01-01' }).expect(201); // effectiveTo is exclusive
      await assign(id, { campusId: 'campus-el-03', primary: false, effectiveFrom: '2026-09-01' }).expect(201);
      const list = await http.get(`/staff/${id}/assignments`).set('authorization', admin).expect(200);
      expect(list.body.map((a: { campusId: string }) => a.campusId)).toEqual(['campus-hs-01', 'campus-el-03', 'campus-ms-02']);
    });

    it('lets the database decide when overlapping primaries are created concurrently', async () => {
      const id = await staff('officer');
      const results = await Promise.all(
        ['campus-a', 'campus-b', 'campus-c', 'campus-d'].map((campusId) => assign(id, { campusId, primary: true, effectiveFrom: '2026-08-15' })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    });

    it('ends, extends into an overlap (409) and withdraws assignments; a withdrawn one no longer blocks', async () => {
      const id = await staff('officer');
      const first = (await assign(id, { campusId: 'campus-hs-01', primary: true, effectiveFrom: '2026-08-15' }).expect(201)).body;
      await assign(id, { campusId: 'campus-ms-02', primary: true, effectiveFrom: '2026-10-01' }).expect(409);
      const ended = await http.post(`/assignments/${first.id}/end`).set('authorization', admin).send({ effectiveTo: '2026-10-01' }).expect(200);
      expect(ended.body.effectiveTo).toBe('2026-10-01');
      const second = (await assign(id, { campusId: 'campus-ms-02', primary: true, effectiveFrom: '2026-10-01' }).expect(201)).body;
      const extend = await http.post(`/assignments/${first.id}/end`).set('authorization', admin).send({ effectiveTo: '2026-11-01' }).expect(409);
      expect(extend.body.code).toBe('ASSIGNMENT.OVERLAP');
      const empty = await http.post(`/assignments/${first.id}/end`).set('authorization', admin).send({ effectiveTo: '2026-08-15' }).expect(422);
      expect(empty.body.code).toBe('ASSIGNMENT.EMPTY_PERIOD');
      const cancelled = await http.post(`/assignments/${second.id}/cancel`).set('authorization', admin).expect(200);
      expect(cancelled.body.cancelled).toBe(true);
      await http.post(`/assignments/${second.id}/cancel`).set('authorization', admin).expect(409);
      await assign(id, { campusId: 'campus-el-03', primary: true, effectiveFrom: '2026-10-01' }).expect(201);
      expect(await outboxCount('staffing.assignment.changed', second.id)).toBe(2);
    });

    it('400 problem+json for bad dates, 422 for an empty period, 409 for an inactive person, 404 for an unknown one', async () => {
      const id = await staff('officer');
      const bad = await assign(id, { campusId: 'campus-hs-01', primary: 'yes', effectiveFrom: '2026-02-30' }).expect(400);
      expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['effectiveFrom', 'primary']);
      const empty = await assign(id, { campusId: 'campus-hs-01', primary: true, effectiveFrom: '2026-09-01', effectiveTo: '2026-09-01' }).expect(422);
      expect(empty.body.code).toBe('ASSIGNMENT.EMPTY_PERIOD');
      await http.post(`/staff/${id}/deactivate`).set('authorization', admin).send({ reason: 'separated' }).expect(200);
      const inactive = await assign(id, { campusId: 'campus-hs-01', primary: true, effectiveFrom: '2026-09-01' }).expect(409);
      expect(inactive.body.code).toBe('STAFF.INACTIVE');
      await assign('00000000-0000-4000-8000-000000000000', { campusId: 'c', primary: true, effectiveFrom: '2026-09-01' }).expect(404);
    });
  });

  describe('roster status', () => {
    it('deactivates once, publishing staffing.staff.deactivated; 409 the second time', async () => {
      const id = await staff('clinician');
      const res = await http.post(`/staff/${id}/deactivate`).set('authorization', await as(['bh-director'])).send({ reason: 'leave' }).expect(200);
      expect(res.body).toMatchObject({ active: false, deactivationReason: 'leave', deactivatedAt: expect.any(String) });
      const again = await http.post(`/staff/${id}/deactivate`).set('authorization', admin).send({ reason: 'leave' }).expect(409);
      expect(again.body.code).toBe('STAFF.ALREADY_INACTIVE');
      expect(await outboxCount('staffing.staff.deactivated', id)).toBe(1);
      await http.post(`/staff/${id}/deactivate`).set('authorization', await as(['officer'])).send({ reason: 'leave' }).expect(403);
      const bad = await http.post(`/staff/${id}/deactivate`).set('authorization', admin).send({ reason: 'bored' }).expect(400);
      expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
    });

    it('reports no co-responder training for someone training never reported on', async () => {
      const id = await staff('officer');
      const res = await http.get(`/staff/${id}/co-responder-training`).set('authorization', admin).expect(200);
      expect(res.body).toEqual({ staffId: id, citCertified: false, validThrough: null, reason: null, effectiveAt: null });
    });
  });

  describe('on-call shifts', () => {
    const publish = (body: Record<string, unknown>) => http.post('/on-call-shifts').set('authorization', admin).send(body);
    const whoIsOnCall = async (campusId: string, at: string) =>
      (await http.get('/on-call').query({ campusId, at }).set('authorization', await as(['officer'])).expect(200)).body.onCall.map(
        (c: { staffId: string }) => c.staffId,
      );

    it('answers who is on call exactly at shift boundaries: start inclusive, end exclusive', async () => {
      const [a, b] = [await staff('clinician'), await staff('clinician')];
      await publish({ staffId: a, campusIds: ['campus-bnd'], startsAt: '2026-12-01T14:00:00Z', endsAt: '2026-12-01T22:00:00Z' }).expect(201);
      await publish({ staffId: b, campusIds: ['campus-bnd'], startsAt: '2026-12-01T22:00:00Z', endsAt: '2026-12-02T06:00:00Z' }).expect(201);
      expect(await whoIsOnCall('campus-bnd', '2026-12-01T13:59:59.999Z')).toEqual([]);
      expect(await whoIsOnCall('campus-bnd', '2026-12-01T14:00:00.000Z')).toEqual([a]);
      expect(await whoIsOnCall('campus-bnd', '2026-12-01T21:59:59.999Z')).toEqual([a]);
      expect(await whoIsOnCall('campus-bnd', '2026-12-01T22:00:00.000Z')).toEqual([b]);
      expect(await whoIsOnCall('campus-bnd', '2026-12-01T16:00:00-06:00')).toEqual([b]); // same instant, another offset
      expect(await whoIsOnCall('campus-bnd', '2026-12-02T06:00:00Z')).toEqual([]);
      expect(await whoIsOnCall('campus-other', '2026-12-01T15:00:00Z')).toEqual([]);
    });

    it('covers campuses of several units with one shared clinician, by campus group', async () => {
      const shared = await staff('clinician');
      await http
        .post('/campus-groups')
        .set('authorization', await as(['bh-director']))
        .send({ code: 'north-cluster', name: 'North cluster', campusIds: ['campus-n-hs', 'partner-isd-ms-02', 'campus-n-hs'] })
        .expect(201);
      const res = await publish({ staffId: shared, campusGroup: 'north-cluster', startsAt: '2026-12-03T14:00:00Z', endsAt: '2026-12-04T02:00:00Z' }).expect(201);
      expect(res.body).toMatchObject({ campusGroup: 'north-cluster', campusIds: ['campus-n-hs', 'partner-isd-ms-02'] });
      expect(await whoIsOnCall('campus-n-hs', '2026-12-03T20:00:00Z')).toEqual([shared]);
      expect(await whoIsOnCall('partner-isd-ms-02', '2026-12-03T20:00:00Z')).toEqual([shared]);
      const [event] = await svc.db.query(`SELECT payload FROM outbox WHERE type = 'staffing.on-call-shift.published' AND key = $1`, [res.body.id]);
      expect(event.payload).toEqual({
        shiftId: res.body.id,
        staffId: shared,
        campusIds: ['campus-n-hs', 'partner-isd-ms-02'],
        startsAt: '2026-12-03T14:00:00.000Z',
        endsAt: '2026-12-04T02:00:00.000Z',
        cancelled: false,
        districtId: 'dev',
      });
      const dup = await http.post('/campus-groups').set('authorization', admin).send({ code: 'north-cluster', name: 'x', campusIds: ['c'] }).expect(409);
      expect(dup.body.code).toBe('CAMPUS_GROUP.DUPLICATE_CODE');
      const unknown = await publish({ staffId: shared, campusGroup: 'nowhere', startsAt: '2026-12-05T14:00:00Z', endsAt: '2026-12-05T15:00:00Z' }).expect(422);
      expect(unknown.body.code).toBe('ON_CALL.UNKNOWN_CAMPUS_GROUP');
    });

    it('reports gaps and overlaps for a campus and period', async () => {
      const [a, b, c] = [await staff('clinician'), await staff('clinician'), await staff('clinician')];
      const s1 = (await publish({ staffId: a, campusIds: ['campus-cov'], startsAt: '2026-12-10T00:00:00Z', endsAt: '2026-12-10T08:00:00Z' }).expect(201)).body;
      const s2 = (await publish({ staffId: b, campusIds: ['campus-cov', 'campus-x'], startsAt: '2026-12-10T06:00:00Z', endsAt: '2026-12-10T12:00:00Z' }).expect(201)).body;
      expect(s2.overlappingShiftIds).toEqual([s1.id]);
      await publish({ staffId: c, campusIds: ['campus-cov'], startsAt: '2026-12-10T14:00:00Z', endsAt: '2026-12-10T23:00:00Z' }).expect(201);
      const res = await http
        .get('/on-call/coverage')
        .query({ campusId: 'campus-cov', from: '2026-12-10T00:00:00Z', to: '2026-12-11T00:00:00Z' })
        .set('authorization', await as(['police-chief']))
        .expect(200);
      expect(res.body.gaps).toEqual([
        { from: '2026-12-10T12:00:00.000Z', to: '2026-12-10T14:00:00.000Z' },
        { from: '2026-12-10T23:00:00.000Z', to: '2026-12-11T00:00:00.000Z' },
      ]);
      expect(res.body.overlaps).toEqual([{ from: '2026-12-10T06:00:00.000Z', to: '2026-12-10T08:00:00.000Z', shiftIds: [s1.id, s2.id].sort() }]);
      expect(res.body.coveredRatio).toBeCloseTo(21 / 24, 4);
      expect(res.body.shifts).toHaveLength(3);
      const bad = await http.get('/on-call/coverage').query({ campusId: 'campus-cov', from: '2026-12-11T00:00:00Z', to: '2026-12-10T00:00:00Z' }).set('authorization', admin).expect(422);
      expect(bad.body.code).toBe('ON_CALL.BAD_PERIOD');
    });

    it('changes and cancels shifts, publishing the whole shift each time', async () => {
      const [a, b] = [await staff('clinician'), await staff('clinician')];
      const shift = (await publish({ staffId: a, campusIds: ['campus-chg'], startsAt: '2026-12-12T14:00:00Z', endsAt: '2026-12-12T22:00:00Z' }).expect(201)).body;
      const changed = await http.patch(`/on-call-shifts/${shift.id}`).set('authorization', admin).send({ staffId: b, endsAt: '2026-12-13T00:00:00Z' }).expect(200);
      expect(changed.body).toMatchObject({ staffId: b, endsAt: '2026-12-13T00:00:00.000Z' });
      expect(await whoIsOnCall('campus-chg', '2026-12-12T23:00:00Z')).toEqual([b]);
      await http.post(`/on-call-shifts/${shift.id}/cancel`).set('authorization', admin).expect(200);
      expect(await whoIsOnCall('campus-chg', '2026-12-12T23:00:00Z')).toEqual([]);
      await http.patch(`/on-call-shifts/${shift.id}`).set('authorization', admin).send({ staffId: a }).expect(409);
      const events = await svc.db.query(`SELECT type, payload FROM outbox WHERE key = $1 ORDER BY id`, [shift.id]);
      expect(events.map((e: { type: string; payload: { cancelled: boolean; staffId: string } }) => [e.type, e.payload.staffId, e.payload.cancelled])).toEqual([
        ['staffing.on-call-shift.published', a, false],
        ['staffing.on-call-shift.changed', b, false],
        ['staffing.on-call-shift.changed', b, true],
      ]);
    });

    it('refuses double-booking a clinician (409), non-clinicians (422) and inactive clinicians (409)', async () => {
      const a = await staff('clinician');
      await publish({ staffId: a, campusIds: ['campus-1'], startsAt: '2026-12-20T14:00:00Z', endsAt: '2026-12-20T22:00:00Z' }).expect(201);
      const double = await publish({ staffId: a, campusIds: ['campus-2'], startsAt: '2026-12-20T21:00:00Z', endsAt: '2026-12-21T02:00:00Z' }).expect(409);
      expect(double.body.code).toBe('ON_CALL.DOUBLE_BOOKED');
      await publish({ staffId: a, campusIds: ['campus-2'], startsAt: '2026-12-20T22:00:00Z', endsAt: '2026-12-21T02:00:00Z' }).expect(201);
      const officer = await staff('officer');
      const notClinician = await publish({ staffId: officer, campusIds: ['campus-1'], startsAt: '2026-12-22T14:00:00Z', endsAt: '2026-12-22T22:00:00Z' }).expect(422);
      expect(notClinician.body.code).toBe('ON_CALL.NOT_A_LICENSED_CLINICIAN');
      await http.post(`/staff/${a}/deactivate`).set('authorization', admin).send({ reason: 'separated' }).expect(200);
      const inactive = await publish({ staffId: a, campusIds: ['campus-1'], startsAt: '2026-12-23T14:00:00Z', endsAt: '2026-12-23T22:00:00Z' }).expect(409);
      expect(inactive.body.code).toBe('STAFF.INACTIVE');
      // An inactive clinician's remaining shifts no longer count as on call.
      expect(await whoIsOnCall('campus-1', '2026-12-20T15:00:00Z')).toEqual([]);
    });

    it('400 problem+json for bad shift input', async () => {
      const a = await staff('clinician');
      const bad = await publish({ staffId: 'nope', campusIds: [], startsAt: '2026-12-01 14:00', endsAt: '2026-12-01T22:00:00' }).expect(400);
      expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['staffId', 'campusIds', 'startsAt', 'endsAt']));
      const both = await publish({ staffId: a, campusIds: ['c'], campusGroup: 'g', startsAt: '2026-12-01T14:00:00Z', endsAt: '2026-12-01T22:00:00Z' }).expect(400);
      expect(both.body.code).toBe('ON_CALL.CAMPUSES_REQUIRED');
      const backwards = await publish({ staffId: a, campusIds: ['c'], startsAt: '2026-12-01T22:00:00Z', endsAt: '2026-12-01T14:00:00Z' }).expect(422);
      expect(backwards.body.code).toBe('ON_CALL.EMPTY_SHIFT');
      const noCampus = await http.get('/on-call').set('authorization', admin).expect(400);
      expect(noCampus.body.code).toBe('REQUEST.VALIDATION_FAILED');
    });
  });
});
