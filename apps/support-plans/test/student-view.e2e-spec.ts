import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestService, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { as, grantTreatmentConsent, MINOR_DOB, registerStudent } from './support/fixtures.js';

const STUDENT = 'S8000001';
const PSY = 'PSY-NOTE in a referral (synthetic).';

describe('support-plans: the student view for clinicians (real PostgreSQL)', () => {
  let svc: TestService;
  let ds: DataSource;
  let http: ReturnType<typeof request>;
  let author: string;
  let ids: { referral: string; plan: string; safety: string; caseId: string; consent: string };

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    ds = svc.db;
    http = request(svc.app.getHttpServer());
    author = await as(svc, 'clinician', 'clinician-3');
    await registerStudent(svc, STUDENT, MINOR_DOB, ['guardian-81']);
    const consent = await grantTreatmentConsent(svc, STUDENT, 'guardian-81');
    const referral = await http
      .post('/referrals')
      .set('authorization', author)
      .send({ studentId: STUDENT, campusId: 'campus-hs-01', source: 'parent', reason: 'Parent worried about sleep (synthetic).', clinicalNote: PSY })
      .expect(201);
    await http.post(`/referrals/${referral.body.id}/accept`).set('authorization', author).send({}).expect(200);
    const plan = await http
      .post('/support-plans')
      .set('authorization', author)
      .send({
        studentId: STUDENT,
        campusId: 'campus-hs-01',
        referralId: referral.body.id,
        goals: [{ description: 'Sleep routine.' }],
        interventions: [{ type: 'individual-counseling' }],
        nextReviewOn: '2027-01-15',
      })
      .expect(201);
    const c = await http.post('/threat-assessments').set('authorization', author).send({ studentId: STUDENT, campusId: 'campus-hs-01', incidentId: randomUUID() }).expect(201);
    const safety = await http
      .post('/safety-plans')
      .set('authorization', author)
      .send({ studentId: STUDENT, campusId: 'campus-hs-01', caseId: c.body.id, summary: 'Check in daily.', warningSigns: ['x'], copingStrategies: ['y'], supportContacts: [], meansRestriction: [] })
      .expect(201);
    // One disclosure outside the clinical team, so the record of disclosures has something to show.
    await http.post(`/threat-assessments/${c.body.id}/team`).set('authorization', author).send({ memberId: 'officer-81', discipline: 'police' }).expect(201);
    await http.post(`/threat-assessments/${c.body.id}/team`).set('authorization', author).send({ memberId: 'clinician-3', discipline: 'clinician' }).expect(201);
    await http.post(`/threat-assessments/${c.body.id}/team`).set('authorization', author).send({ memberId: 'admin-81', discipline: 'administrator' }).expect(201);
    await http.get(`/threat-assessments/${c.body.id}`).set('authorization', await as(svc, 'officer', 'officer-81')).expect(200);
    ids = { referral: referral.body.id, plan: plan.body.id, safety: safety.body.id, caseId: c.body.id, consent };
  });
  afterAll(() => svc?.close());

  const view = async (token: string, studentId = STUDENT) => (await http.get(`/students/${studentId}/overview`).set('authorization', token).expect(200)).body;

  it('gives plans, referrals, assessments, consents and disclosures of one student in one call', async () => {
    const v = await view(author);
    expect(v.studentId).toBe(STUDENT);
    expect(v.student).toMatchObject({ studentId: STUDENT, dateOfBirth: MINOR_DOB, guardianIds: ['guardian-81'] });
    expect(v.care).toEqual({ allowed: true, reason: expect.stringContaining(ids.consent), consentId: ids.consent });
    expect(v.referrals).toEqual([expect.objectContaining({ id: ids.referral, status: 'accepted', clinicalNote: PSY })]);
    expect(v.supportPlans).toEqual([expect.objectContaining({ id: ids.plan, referralId: ids.referral, status: 'active', goals: [{ description: 'Sleep routine.' }] })]);
    expect(v.safetyPlans).toEqual([expect.objectContaining({ id: ids.safety, caseId: ids.caseId, warningSigns: ['x'] })]);
    expect(v.threatAssessments).toEqual([expect.objectContaining({ id: ids.caseId, missingDisciplines: [], team: expect.any(Array) })]);
    expect(v.consents).toEqual([expect.objectContaining({ id: ids.consent, status: 'in-force', purposes: ['treatment'] })]);
    expect(v.disclosures).toEqual(
      expect.arrayContaining([expect.objectContaining({ recordType: 'threat-assessment', toWhom: expect.objectContaining({ id: 'officer-81' }), exempt: false })]),
    );
  });

  it("R3: another clinician's view leaves the referral's PSY-NOTE out; a supervisor's keeps it", async () => {
    const other = await view(await as(svc, 'clinician', 'clinician-9'));
    expect(other.referrals).toHaveLength(1);
    expect(other.referrals[0]).not.toHaveProperty('clinicalNote');
    expect(JSON.stringify(other)).not.toContain(PSY);
    const supervisor = await view(await as(svc, 'bh-director', 'director-1'));
    expect(supervisor.referrals[0].clinicalNote).toBe(PSY);
  });

  it('R7: each record the view shows is logged, flagged exempt (in-unit)', async () => {
    const before = Number((await ds.query(`SELECT count(*) FROM disclosure WHERE student_id = $1`, [STUDENT]))[0].count);
    await view(author);
    const entries = await ds.query(`SELECT entry FROM disclosure WHERE student_id = $1 ORDER BY pos OFFSET $2`, [STUDENT, before]);
    expect(entries.map((e: { entry: { recordType: string; exempt: boolean } }) => [e.entry.recordType, e.entry.exempt]).sort()).toEqual(
      [['referral', true], ['safety-plan', true], ['support-plan', true], ['threat-assessment', true]].sort(),
    );
  });

  it('is for clinicians only, and an unknown student is simply empty', async () => {
    for (const role of ['officer', 'police-chief', 'admin', 'analyst'] as const) {
      await http.get(`/students/${STUDENT}/overview`).set('authorization', await as(svc, role)).expect(403);
    }
    const empty = await view(author, 'S8999999');
    expect(empty).toMatchObject({ student: null, referrals: [], supportPlans: [], safetyPlans: [], threatAssessments: [], consents: [], disclosures: [], care: { allowed: false } });
    await http.get('/students/bad%20id/overview').set('authorization', author).expect(400);
  });
});
