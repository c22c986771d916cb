import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestService, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { ADULT_DOB, as, registerStudent } from './support/fixtures.js';

const DAY = 86_400_000;
const FINDINGS = 'Findings that must stay clinical (synthetic).';

/** Support plans, safety plans and threat cases reach the police-readable topic only as libs/consent projects them. */
describe('support-plans: clinical records on the police projection (R3a, R8, R9)', () => {
  let svc: TestService;
  let ds: DataSource;
  let http: ReturnType<typeof request>;
  let clinician: string;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    ds = svc.db;
    http = request(svc.app.getHttpServer());
    clinician = await as(svc, 'clinician', 'clinician-3');
    await registerStudent(svc, 'S9000001', ADULT_DOB);
    await registerStudent(svc, 'S9000002', ADULT_DOB);
  });
  afterAll(() => svc?.close());

  const projections = async (recordId: string) =>
    (await ds.query(`SELECT type, payload FROM outbox WHERE type LIKE 'support.police-projection.%' AND (payload->>'recordId' = $1 OR payload->'data'->>'id' = $1) ORDER BY id`, [
      recordId,
    ])) as { type: string; payload: Record<string, any> }[];
  const consent = async (studentId: string, classes: string[], purposes: string[]) =>
    (
      await http
        .post('/consents')
        .set('authorization', clinician)
        .send({
          studentId,
          signer: { role: 'student', id: studentId, signedAt: new Date(Date.now() - DAY).toISOString() },
          classes,
          purposes,
          recipients: [{ unit: 'police' }],
          effectiveFrom: new Date(Date.now() - DAY).toISOString(),
          expiresAt: new Date(Date.now() + 30 * DAY).toISOString(),
        })
        .expect(201)
    ).body.id as string;

  it('publishes nothing to the police unit without a consent naming it; a consent projects the plan, a revocation withdraws it', async () => {
    const plan = (
      await http
        .post('/support-plans')
        .set('authorization', clinician)
        .send({ studentId: 'S9000001', campusId: 'campus-hs-01', goals: [{ description: 'Join one club.' }], interventions: [{ type: 'mentoring' }], nextReviewOn: '2027-01-15' })
        .expect(201)
    ).body;
    expect(await projections(plan.id)).toEqual([]);

    const consentId = await consent('S9000001', ['EDU-CLIN'], ['co-response']);
    const [published] = await projections(plan.id);
    expect(published.type).toBe('support.police-projection.published');
    expect(published.payload).toMatchObject({ recordType: 'support-plan', purpose: 'co-response', consentIds: [consentId], redisclosure: 'prohibited' });
    expect(published.payload.data).toMatchObject({ id: plan.id, status: 'active' });
    // R1 (issue 14): that a plan exists, its status, clinician and next review; never its goals or interventions.
    expect(Object.keys(published.payload.data as object).sort()).toEqual(['assignedClinicianId', 'campusId', 'id', 'nextReviewOn', 'status', 'studentId']);

    // A change to the plan is projected again under the same consent.
    await http.post(`/support-plans/${plan.id}/reviews`).set('authorization', clinician).send({ outcome: 'complete', summary: 'Done.' }).expect(201);
    const afterReview = await projections(plan.id);
    expect(afterReview.at(-1)!.payload.data).toMatchObject({ status: 'completed' });

    await http.post(`/consents/${consentId}/revoke`).set('authorization', clinician).send({ reason: 'Student withdrew consent.' }).expect(200);
    const withdrawn = await ds.query(`SELECT payload FROM outbox WHERE type = 'support.police-projection.withdrawn' AND payload->>'projectionId' = $1`, [
      published.payload.projectionId,
    ]);
    expect(withdrawn).toHaveLength(1);
  });

  it('R3 R5: a consent for EDU-SAFETY projects the threat case outcome, never its clinical findings or SUD', async () => {
    const c = (await http.post('/threat-assessments').set('authorization', clinician).send({ studentId: 'S9000002', campusId: 'campus-hs-01', incidentId: randomUUID() }).expect(201)).body;
    await http
      .post(`/threat-assessments/${c.id}/screenings`)
      .set('authorization', clinician)
      .send({ observed: ['grievance'], findings: FINDINGS, substanceUseFindings: 'SUD finding (synthetic).' })
      .expect(201);
    await consent('S9000002', ['EDU-SAFETY'], ['threat-assessment']);
    const cases = (await projections(c.id)).filter((p) => p.payload.recordType === 'threat-assessment');
    expect(cases.length).toBeGreaterThan(0);
    const last = cases.at(-1)!.payload;
    expect(last).toMatchObject({ purpose: 'threat-assessment', redisclosure: 'prohibited' });
    expect(last.data).toMatchObject({ id: c.id, pathwayStage: 'grievance', status: 'open', levelOfConcern: null });
    for (const clinical of ['clinicalFindings', 'screenings', 'concernRationale', 'closureSummary', 'substanceUseFindings']) expect(last.data).not.toHaveProperty(clinical);
    expect(JSON.stringify(last)).not.toContain(FINDINGS);
    expect(JSON.stringify(last)).not.toContain('SUD finding');
  });
});
