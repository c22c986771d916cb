import request from 'supertest';
import { DataSource } from 'typeorm';
import type { LocalKafka as LocalBroker } from '#devkit';
import type { Role } from '#contracts';
import { eventually, startTestBroker, startTestService, testBrokerEnv, type TestService } from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { staffingDefinition } from '../../apps/staffing/src/staffing.definition.js';
import { supportPlansDefinition } from '../../apps/support-plans/src/support-plans.definition.js';
import { trainingDefinition } from '../../apps/training/src/training.definition.js';

const CAMPUS = 'campus-sys-fl-01';
const STUDENT = 'S9100001';
const TIP_STUDENT = 'S9100002';
const TIP_TEXT = 'Overheard a threat near the lockers: TIPTEXT-MARKER.';
const NARRATIVE = 'Student found crying in the stairwell, calmed with the clinician: NARRATIVE-MARKER.';
const NOTE = 'Session impressions: PSYNOTE-FRONTLINE-MARKER.';
const HOUR = 3_600_000;
const MINUTE = 60_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

/** Every text column of every table in a service's schema, as one string (to prove what never arrived). */
async function everythingStored(svc: TestService): Promise<string> {
  const ds = svc.db;
  const tables = (await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`, [svc.schema])) as {
    table_name: string;
  }[];
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = (await ds.query(`SELECT t::text AS row FROM "${svc.schema}"."${table_name}" t`)) as { row: string }[];
    parts.push(...rows.map((r) => r.row));
  }
  return parts.join('\n');
}

// Issue 5's daily work across all four services. Nothing here reads another service's tables for
// its facts: staffing and training feed incidents, incidents feeds support-plans, and support-plans
// feeds the police side only through consent-projected events, all over the broker.
describe('system: front-line workflows across the four services, through the broker', () => {
  let broker: LocalBroker;
  let incidents: TestService;
  let support: TestService;
  let staffing: TestService;
  let training: TestService;
  const ids: { officer?: string; clinician?: string; tip?: string; incident?: string; referral?: string; note?: string } = {};

  beforeAll(async () => {
    broker = await startTestBroker();
    const env = testBrokerEnv(broker);
    [incidents, support, staffing, training] = await Promise.all([
      startTestService(incidentsDefinition, env),
      startTestService(supportPlansDefinition, env),
      startTestService(staffingDefinition, env),
      startTestService(trainingDefinition, env),
    ]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([incidents?.close(), support?.close(), staffing?.close(), training?.close()]);
    await broker?.stop();
  });

  const as = async (svc: TestService, roles: Role[], sub: string) => ({ authorization: await svc.idp.bearer(roles, sub) });
  const overview = async () =>
    (await request(support.app.getHttpServer()).get(`/students/${TIP_STUDENT}/overview`).set(await as(support, ['clinician'], 'clinician-1')).expect(200)).body as {
      threatAssessments: { id: string; tipId: string | null; origin: string; anonymousReport: boolean }[];
    };

  it('sets up a CIT officer assigned to the campus and a licensed clinician on call, learned by incidents from events', async () => {
    const staff = request(staffing.app.getHttpServer());
    const admin = await as(staffing, ['admin'], 'admin-1');
    ids.officer = (await staff.post('/staff').set(admin).send({ employeeId: 'E91001', displayName: 'Officer F', role: 'officer', unit: 'police' }).expect(201)).body.id;
    ids.clinician = (
      await staff
        .post('/staff')
        .set(admin)
        .send({ employeeId: 'E91002', displayName: 'Clinician G', role: 'clinician', unit: 'behavioral-health', licenseNumber: 'LCSW-091002' })
        .expect(201)
    ).body.id;
    await staff.post(`/staff/${ids.officer}/assignments`).set(admin).send({ campusId: CAMPUS, primary: true, effectiveFrom: '2026-01-05' }).expect(201);
    await staff
      .post('/on-call-shifts')
      .set(admin)
      .send({ staffId: ids.clinician, campusIds: [CAMPUS], startsAt: iso(-3 * HOUR), endsAt: iso(3 * HOUR) })
      .expect(201);

    const train = request(training.app.getHttpServer());
    const lms = await as(training, ['system'], 'lms');
    await train.post('/courses').set(lms).send({ code: 'CIT-40', title: 'Crisis Intervention Team, 40-hour', category: 'cit', hours: 40, validityMonths: 24 }).expect(201);
    await train.post('/certifications').set(lms).send({ staffId: ids.officer, courseCode: 'CIT-40', issuedOn: iso(-30 * 24 * HOUR).slice(0, 10) }).expect(201);

    await eventually(
      async () =>
        (await request(incidents.app.getHttpServer()).get('/co-responder-eligibility').query({ campusId: CAMPUS, at: iso(-MINUTE) }).set(await as(incidents, ['police-chief'], 'chief-1')))
          .body,
      (b: { officers?: { staffId: string; citCurrent: boolean }[]; clinicians?: { staffId: string }[] }) =>
        !!b.officers?.some((o) => o.staffId === ids.officer && o.citCurrent) && !!b.clinicians?.some((c) => c.staffId === ids.clinician),
      30_000,
    );
  }, 60_000);

  it('1. an anonymous threat tip opens a threat assessment on the clinical side, without the tip text', async () => {
    const tip = await request(incidents.app.getHttpServer())
      .post('/tips')
      .set(await as(incidents, ['system'], 'tipline'))
      .send({ campusId: CAMPUS, category: 'threat', studentIds: [TIP_STUDENT], text: TIP_TEXT })
      .expect(201);
    ids.tip = tip.body.id;
    const view = await eventually(overview, (v) => v.threatAssessments.length === 1);
    expect(view.threatAssessments[0]).toMatchObject({ tipId: ids.tip, anonymousReport: true });
    expect(await everythingStored(support)).not.toContain('TIPTEXT-MARKER');
  }, 30_000);

  it('2. an incident gets a co-response: the dispatch checks eligibility and pairs the CIT officer with the on-call clinician', async () => {
    const http = request(incidents.app.getHttpServer());
    const officer = await as(incidents, ['officer'], 'officer-f');
    const reported = await http
      .post('/incidents')
      .set(officer)
      .send({ campusId: CAMPUS, location: 'North stairwell', occurredAt: iso(-20 * MINUTE), type: 'self-harm-concern', studentIds: [STUDENT], narrative: NARRATIVE, mentalHealthCrisis: true })
      .expect(201);
    ids.incident = reported.body.id;
    // Not triaged yet: dispatch is an illegal transition.
    const early = await http.post(`/incidents/${ids.incident}/dispatch`).set(officer).send({}).expect(409);
    expect(early.body).toMatchObject({ code: 'INCIDENT.ILLEGAL_TRANSITION' });
    await http.post(`/incidents/${ids.incident}/triage`).set(officer).send({ priority: 'urgent', coResponseIndicated: true, at: iso(-15 * MINUTE) }).expect(200);
    const dispatched = await http.post(`/incidents/${ids.incident}/dispatch`).set(officer).send({ at: iso(-10 * MINUTE) }).expect(200);
    expect(dispatched.body).toMatchObject({ status: 'dispatched', dispatch: { coResponse: true, officerStaffId: ids.officer, clinicianStaffId: ids.clinician } });
    await http.post(`/incidents/${ids.incident}/on-scene`).set(officer).send({ at: iso(-5 * MINUTE) }).expect(200);
  }, 30_000);

  it('3. a diversion creates a referral on the clinical side (minimum LE facts only), and the clinician accepts it', async () => {
    await request(incidents.app.getHttpServer())
      .post(`/incidents/${ids.incident}/dispositions`)
      .set(await as(incidents, ['officer'], 'officer-f'))
      .send({ studentId: STUDENT, disposition: 'diversion-program' })
      .expect(201);
    const clinician = await as(support, ['clinician'], 'clinician-1');
    const queue = await eventually(
      async () => (await request(support.app.getHttpServer()).get('/referrals').query({ studentId: STUDENT }).set(clinician).expect(200)).body.items as { id: string; source: string; incidentId: string }[],
      (items) => items.length === 1,
    );
    expect(queue[0]).toMatchObject({ source: 'incident', incidentId: ids.incident });
    ids.referral = queue[0].id;
    // R1/R2: the narrative and location never crossed into the clinical service.
    const stored = await everythingStored(support);
    expect(stored).not.toContain('NARRATIVE-MARKER');
    expect(stored).not.toContain('North stairwell');

    const accepted = await request(support.app.getHttpServer()).post(`/referrals/${ids.referral}/accept`).set(clinician).send({ note: 'Intake offered for Thursday.' }).expect(200);
    expect(accepted.body).toMatchObject({ id: ids.referral, status: 'accepted' });
    // Accepting twice is an illegal transition.
    await request(support.app.getHttpServer()).post(`/referrals/${ids.referral}/accept`).set(clinician).send({}).expect(409);
  }, 30_000);

  it('4. with a guardian consent naming police, the police chief sees the outcome but never the clinical notes (R3, R10)', async () => {
    const clinician = await as(support, ['clinician'], 'clinician-1');
    const http = request(support.app.getHttpServer());
    await http.put(`/students/${STUDENT}`).set(await as(support, ['system'], 'sis')).send({ dateOfBirth: '2011-04-02', guardianIds: ['guardian-9'] }).expect(200);
    ids.note = (await http.post(`/students/${STUDENT}/clinical-notes`).set(clinician).send({ body: NOTE }).expect(201)).body.id;
    await http
      .post('/consents')
      .set(clinician)
      .send({
        studentId: STUDENT,
        signer: { role: 'guardian', id: 'guardian-9', signedAt: iso(-MINUTE) },
        classes: ['EDU-CLIN'],
        purposes: ['co-response'],
        recipients: [{ unit: 'police' }],
        effectiveFrom: iso(-MINUTE),
        expiresAt: iso(30 * 24 * HOUR),
      })
      .expect(201);

    const chief = await as(incidents, ['police-chief'], 'chief-1');
    const rows = await eventually(
      async () =>
        (await request(incidents.app.getHttpServer()).get('/support-disclosures').query({ studentId: STUDENT, purpose: 'co-response' }).set(chief).expect(200)).body as {
          recordType: string;
          data: Record<string, unknown>;
          redisclosure: string;
        }[],
      (list) => list.some((r) => r.recordType === 'referral' && r.data.status === 'accepted'),
    );
    const referral = rows.find((r) => r.recordType === 'referral')!;
    expect(referral).toMatchObject({ redisclosure: 'prohibited', data: { id: ids.referral, status: 'accepted', incidentId: ids.incident } });
    expect(referral.data).not.toHaveProperty('clinicalNote');

    // The note never reached the police side, and asking for it looks exactly like asking for nothing.
    expect(await everythingStored(incidents)).not.toContain('PSYNOTE-FRONTLINE-MARKER');
    const supportChief = await as(support, ['police-chief'], 'chief-1');
    const denied = await http.get(`/clinical-notes/${ids.note}`).set(supportChief).expect(404);
    const missing = await http.get('/clinical-notes/00000000-0000-4000-8000-000000000000').set(supportChief).expect(404);
    // Only the id the caller sent differs (it is echoed in the detail), never anything it did not know.
    const shape = (body: Record<string, unknown>, id: string) => {
      const { correlationId: _c, instance: _i, ...rest } = body;
      return JSON.parse(JSON.stringify(rest).replaceAll(id, '<id>'));
    };
    expect(shape(denied.body, ids.note!)).toEqual(shape(missing.body, '00000000-0000-4000-8000-000000000000'));
    // Its author still reads it.
    expect((await http.get(`/clinical-notes/${ids.note}`).set(clinician).expect(200)).body).toMatchObject({ body: NOTE });
  }, 40_000);
});
