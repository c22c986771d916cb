import request from 'supertest';
import { DataSource } from 'typeorm';
import { StaffAddedEvent, StaffDeactivatedEvent, type StaffAdded } from '#contracts';
import { startTestService, type TestService, deliverEvent } from '#testing';
import { ProjectRosterHandler } from '../src/compliance/project-roster/project-roster.handler.js';
import { trainingDefinition } from '../src/training.definition.js';

const id = (n: number) => `33333333-3333-4333-8333-${String(n).padStart(12, '0')}`;
const COMPLIANT = id(1);
const SHORT = id(2);
const INTERMEDIATE = id(3);
const CLINICIAN = id(4);
const LEFT = id(5);

describe('training: compliance reports (TCOLE unit hours, CI and de-escalation per cycle)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  let lms: string;

  async function roster(type: string, data: unknown): Promise<void> {
    const ds = svc.db;
    await ds.transaction((em) => deliverEvent(svc.app, ProjectRosterHandler, { id: `${type}-${JSON.stringify(data)}`, source: 'staffing', type, specversion: '1.0', data } as never, em));
  }

  beforeAll(async () => {
    svc = await startTestService(trainingDefinition);
    http = request(svc.app.getHttpServer());
    lms = await svc.idp.bearer(['system'], 'lms');
    for (const course of [
      { code: 'CIT-40', title: 'CIT', category: 'cit', hours: 40, validityMonths: 24 },
      { code: 'DEESC-8', title: 'De-escalation', category: 'de-escalation', hours: 8 },
      { code: 'LEG-UPD', title: 'TCOLE legislative update', category: 'tcole-legislative-update', hours: 4 },
      { code: 'CEU-6', title: 'Clinical ethics CEU', category: 'clinician-ceu', hours: 6 },
    ]) {
      await http.post('/courses').set('authorization', lms).send(course).expect(201);
    }
    const people: StaffAdded[] = [
      { staffId: COMPLIANT, employeeId: 'E60001', role: 'officer', unit: 'police', licensed: false },
      { staffId: SHORT, employeeId: 'E60002', role: 'officer', unit: 'police', licensed: false },
      { staffId: INTERMEDIATE, employeeId: 'E60003', role: 'supervisor', unit: 'police', licensed: false },
      { staffId: CLINICIAN, employeeId: 'E60004', role: 'clinician', unit: 'behavioral-health', licensed: true },
      { staffId: LEFT, employeeId: 'E60005', role: 'officer', unit: 'police', licensed: false },
    ];
    for (const p of people) await roster(StaffAddedEvent.type, p);
    await roster(StaffDeactivatedEvent.type, { staffId: LEFT, reason: 'separated' });
    const row = (staffId: string, courseCode: string, completedOn: string, hours?: number) => ({ staffId, courseCode, completedOn, ...(hours ? { hours } : {}) });
    await http
      .post('/completion-imports')
      .set('authorization', lms)
      .send({
        rows: [
          row(COMPLIANT, 'CIT-40', '2025-10-06', 28),
          row(COMPLIANT, 'LEG-UPD', '2026-01-12'),
          row(COMPLIANT, 'DEESC-8', '2026-03-02'),
          row(SHORT, 'CIT-40', '2025-10-06', 28),
          row(SHORT, 'CEU-6', '2026-01-12'),
          row(INTERMEDIATE, 'CIT-40', '2025-10-06', 36),
          row(INTERMEDIATE, 'LEG-UPD', '2026-01-12'),
          row(CLINICIAN, 'CEU-6', '2026-01-12'),
        ],
      })
      .expect(201);
    await http.put(`/officers/${INTERMEDIATE}/proficiency`).set('authorization', await svc.idp.bearer(['police-chief'])).send({ level: 'intermediate', since: '2024-05-01' }).expect(200);
  });
  afterAll(() => svc?.close());

  const person = async (staffId: string, asOf: string) =>
    (await http.get(`/compliance/staff/${staffId}`).query({ asOf }).set('authorization', lms).expect(200)).body;
  const unmet = (report: { requirements: { code: string; met: boolean }[] }) => report.requirements.filter((r) => !r.met).map((r) => r.code);

  it('finds an officer with 40 hours, the legislative update, CI and de-escalation compliant', async () => {
    const report = await person(COMPLIANT, '2026-12-01');
    expect(report).toMatchObject({ staffId: COMPLIANT, employeeId: 'E60001', role: 'officer', unit: 'police', asOf: '2026-12-01', compliant: true });
    expect(report.requirements.map((r: { code: string }) => r.code)).toEqual(['TCOLE_UNIT_HOURS', 'TCOLE_LEGISLATIVE_UPDATE', 'CRISIS_INTERVENTION', 'DE_ESCALATION']);
    expect(report.requirements[0]).toMatchObject({ period: { from: '2025-09-01', to: '2027-09-01' }, required: 40, completed: 40, met: true, reason: null });
  });

  it('says why an officer is out of compliance (CEUs do not count towards TCOLE hours)', async () => {
    const report = await person(SHORT, '2026-12-01');
    expect(report.compliant).toBe(false);
    expect(report.requirements.filter((r: { met: boolean }) => !r.met).map((r: { reason: string }) => r.reason)).toEqual([
      '28 of 40 TCOLE hours in the unit 2025-09-01 to 2027-08-31',
      'no legislative update in the unit 2025-09-01 to 2027-08-31',
      'no De-escalation course in the cycle 2025-09-01 to 2029-08-31 (below intermediate proficiency)',
    ]);
  });

  it('judges as of a day: completions after it do not count yet, and a new unit starts from zero', async () => {
    expect(unmet(await person(COMPLIANT, '2026-03-01'))).toEqual(['TCOLE_UNIT_HOURS', 'DE_ESCALATION']); // 32 hours so far
    expect(unmet(await person(COMPLIANT, '2027-09-01'))).toEqual(['TCOLE_UNIT_HOURS', 'TCOLE_LEGISLATIVE_UPDATE']);
  });

  it('does not ask CI/de-escalation of officers at intermediate proficiency, from the day it was granted', async () => {
    expect(await person(INTERMEDIATE, '2026-12-01')).toMatchObject({ compliant: true });
    expect((await person(INTERMEDIATE, '2026-12-01')).requirements).toHaveLength(2);
    await http.put(`/officers/${INTERMEDIATE}/proficiency`).set('authorization', lms).send({ level: 'intermediate', since: '2027-01-01' }).expect(200);
    expect(unmet(await person(INTERMEDIATE, '2026-12-01'))).toEqual(['DE_ESCALATION']);
    await http.put(`/officers/${INTERMEDIATE}/proficiency`).set('authorization', lms).send({ level: 'intermediate', since: '2024-05-01' }).expect(200);
  });

  it('sets no TCOLE requirements for clinicians, but a license: with none on record a clinician is out of compliance', async () => {
    expect(await person(CLINICIAN, '2026-12-01')).toMatchObject({
      compliant: false,
      requirements: [{ code: 'LICENSE_CURRENT', required: 1, completed: 0, met: false, reason: 'no license on record' }],
    });
  });

  it('lists who in a unit is out of compliance and why (active staff only)', async () => {
    const res = await http.get('/compliance/units/police').query({ asOf: '2026-12-01' }).set('authorization', await svc.idp.bearer(['police-chief'])).expect(200);
    expect(res.body).toMatchObject({ unit: 'police', asOf: '2026-12-01', evaluated: 3, compliant: 2 });
    expect(res.body.outOfCompliance).toEqual([
      {
        staffId: SHORT,
        employeeId: 'E60002',
        role: 'officer',
        reasons: [
          '28 of 40 TCOLE hours in the unit 2025-09-01 to 2027-08-31',
          'no legislative update in the unit 2025-09-01 to 2027-08-31',
          'no De-escalation course in the cycle 2025-09-01 to 2029-08-31 (below intermediate proficiency)',
        ],
      },
    ]);
    const bh = await http.get('/compliance/units/behavioral-health').query({ asOf: '2026-12-01' }).set('authorization', lms).expect(200);
    // Clinicians are no longer always compliant: with no license on record they are listed, with why.
    expect(bh.body).toMatchObject({ evaluated: 1, compliant: 0, outOfCompliance: [{ staffId: CLINICIAN, employeeId: 'E60004', role: 'clinician', reasons: ['no license on record'] }] });
  });

  it('400 for a bad unit or date, 404 for someone training does not know, 403 for the wrong role', async () => {
    const unit = await http.get('/compliance/units/fire').set('authorization', lms).expect(400);
    expect(unit.headers['content-type']).toMatch(/^application\/problem\+json/);
    const day = await http.get(`/compliance/staff/${COMPLIANT}`).query({ asOf: '2026-02-30' }).set('authorization', lms).expect(400);
    expect(day.body.code).toBe('REQUEST.VALIDATION_FAILED');
    const unknown = await http.get(`/compliance/staff/${id(99)}`).set('authorization', lms).expect(404);
    expect(unknown.body.code).toBe('COMPLIANCE.UNKNOWN_STAFF');
    await http.get('/compliance/units/police').set('authorization', await svc.idp.bearer(['officer'])).expect(403);
    const badLevel = await http.put(`/officers/${SHORT}/proficiency`).set('authorization', lms).send({ level: 'expert', since: '2026-01-01' }).expect(400);
    expect(badLevel.body.errors[0].field).toBe('level');
  });
  it('counts a certification earned through a course as its completion, with its hours once, never twice', async () => {
    const CERTIFIED = id(6);
    await roster(StaffAddedEvent.type, { staffId: CERTIFIED, employeeId: 'E60006', role: 'officer', unit: 'police', licensed: false });
    await http.post('/completion-imports').set('authorization', lms)
      .send({ rows: [{ staffId: CERTIFIED, courseCode: 'LEG-UPD', completedOn: '2026-01-12' }, { staffId: CERTIFIED, courseCode: 'DEESC-8', completedOn: '2026-03-02' }] })
      .expect(201);
    // Certified with no completion on record: before, 12 of 40 hours and "no Crisis Intervention".
    const cert = await http.post('/certifications').set('authorization', lms).send({ staffId: CERTIFIED, courseCode: 'CIT-40', issuedOn: '2025-10-10' }).expect(201);
    const hours = async () => (await person(CERTIFIED, '2026-12-01')).requirements.find((r: { code: string }) => r.code === 'TCOLE_UNIT_HOURS').completed;
    expect(await person(CERTIFIED, '2026-12-01')).toMatchObject({ compliant: true });
    expect(await hours()).toBe(52);
    // The partial completion record (28 h) that earned it is the same course: counted once, as the full 40 h.
    await http.post('/completion-imports').set('authorization', lms).send({ rows: [{ staffId: CERTIFIED, courseCode: 'CIT-40', completedOn: '2025-10-06', hours: 28 }] }).expect(201);
    expect(await hours()).toBe(52);
    // A revoked certification no longer counts; the completion alone is what remains.
    await http.post(`/certifications/${cert.body.id}/revoke`).set('authorization', lms).send({ reason: 'recorded-in-error' }).expect(200);
    expect(await hours()).toBe(40);
  });
});
