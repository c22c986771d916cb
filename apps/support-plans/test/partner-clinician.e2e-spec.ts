import request from 'supertest';
import type { DataSource } from 'typeorm';
import { PLATFORM_DISTRICT_ID, type District, type Role, type SharingAgreement } from '#contracts';
import { DistrictDirectory, saveAgreement, saveDirectoryEntry, SharingAgreements } from '#platform';
import { districtDataSource, startTestService, TEST_AUDIENCE, TestIdentityProvider, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { MINOR_DOB } from './support/fixtures.js';

const DAY = 86_400_000;
const STUDENT = 'S8100001';
const AGREEMENT_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const plan = (over: Record<string, unknown> = {}) => ({
  studentId: STUDENT,
  campusId: 'campus-n-hs',
  goals: [{ description: 'Attend all classes four days out of five (synthetic goal).', targetOn: '2027-01-29' }],
  interventions: [{ type: 'individual-counseling', frequency: 'weekly, 30 minutes' }],
  nextReviewOn: '2027-01-15',
  ...over,
});

/**
 * Issue 19 item 4: a clinician of district A (dev, the deployment's) lent to district B (north-isd)
 * under a sharing agreement acts there with `x-acting-district`: what they create is B's record,
 * B's consents apply, and every such request is audited in both districts. West-isd has no part in it.
 */
describe('support-plans: a partner district clinician under a sharing agreement (real PostgreSQL)', () => {
  let svc: TestService;
  let northIdp: TestIdentityProvider;
  let westIdp: TestIdentityProvider;
  let jwks: { url: string; close(): Promise<void> }[] = [];
  let north: DataSource;
  let platform: DataSource;
  const http = () => request(svc.app.getHttpServer());

  const partner = () => svc.idp.bearer(['clinician'], 'clin-a7');
  const northAs = async (role: Role, sub: string) => `Bearer ${await northIdp.token([role], sub)}`;
  const westAs = async (role: Role, sub: string) => `Bearer ${await westIdp.token([role], sub)}`;
  const agreement = (over: Partial<SharingAgreement> = {}): SharingAgreement => ({
    agreementId: AGREEMENT_ID,
    providerDistrictId: 'dev',
    receiverDistrictId: 'north-isd',
    campusIds: ['campus-n-hs'],
    shares: ['on-call-clinicians'],
    effectiveFrom: new Date(Date.now() - DAY).toISOString(),
    effectiveUntil: null,
    endedAt: null,
    ...over,
  });
  /** As the agreement consumer leaves it: the row in the platform tenant and the in-memory set. */
  const record = async (a: SharingAgreement) => {
    await saveAgreement((sql, params) => platform.query(sql, params), a);
    svc.app.get(SharingAgreements).apply(a);
  };
  const audit = (ds: DataSource) => ds.query(`SELECT kind, agreement_id::text AS "agreementId", acting_district_id AS acting, partner_district_id AS partner, actor, subject FROM cross_district_access ORDER BY id`);
  const plansOf = (ds: DataSource) => ds.query(`SELECT id::text, assigned_clinician_id AS clinician, care_consent_id::text AS consent FROM support_plan WHERE student_id = $1 ORDER BY started_at`, [STUDENT]);

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    northIdp = await TestIdentityProvider.create({ issuer: 'https://idp.north-isd.example/' });
    westIdp = await TestIdentityProvider.create({ issuer: 'https://idp.west-isd.example/' });
    jwks = [await northIdp.serveJwks(), await westIdp.serveJwks()];
    platform = await districtDataSource(svc.app, PLATFORM_DISTRICT_ID);
    north = await districtDataSource(svc.app, 'north-isd');
    const entry = (districtId: string, idp: TestIdentityProvider, jwksUrl: string): District => ({
      districtId, name: districtId, issuer: idp.issuer, jwksUrl, audience: TEST_AUDIENCE, timeZone: 'America/Chicago', pseudonymKeyId: `${districtId}-k`, campusIds: [],
    });
    for (const d of [entry('north-isd', northIdp, jwks[0].url), entry('west-isd', westIdp, jwks[1].url)]) {
      await saveDirectoryEntry((sql, params) => platform.query(sql, params), d);
      svc.app.get(DistrictDirectory).apply(d);
    }
    // The student is enrolled in B only (B's SIS), a minor with a guardian of record there.
    await http().put(`/students/${STUDENT}`).set('authorization', await northAs('system', 'sis')).send({ dateOfBirth: MINOR_DOB, guardianIds: ['guardian-81'] }).expect(200);
  });
  afterAll(async () => {
    await north?.destroy();
    await platform?.destroy();
    await Promise.all(jwks.map((j) => j.close()));
    await svc?.close();
  });

  it('without an agreement in force: 403 DISTRICT.NO_SHARING_AGREEMENT, nothing written, nothing audited', async () => {
    const res = await http().post('/support-plans').set('authorization', await partner()).set('x-acting-district', 'north-isd').send(plan({ interventions: [{ type: 'mentoring' }] })).expect(403);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('DISTRICT.NO_SHARING_AGREEMENT');
    expect(await plansOf(north)).toEqual([]);
    expect(await plansOf(svc.db)).toEqual([]);
    expect(await audit(north)).toEqual([]);
    expect(await audit(svc.db)).toEqual([]);
  });

  it("without the header the student is not A's: 404 in A", async () => {
    const res = await http().post(`/students/${STUDENT}/clinical-notes`).set('authorization', await partner()).send({ body: 'Synthetic note.' }).expect(404);
    expect(res.body.code).toBe('STUDENT.NOT_FOUND');
  });

  it("under the agreement: B's consent rules apply exactly as for B's own clinician; the plan is B's record, not A's", async () => {
    await record(agreement());
    const start = async (authorization: string, acting?: string) => {
      const call = http().post('/support-plans').set('authorization', authorization);
      return (acting ? call.set('x-acting-district', acting) : call).send(plan());
    };
    // R11 in B: no care for B's minor without a consent recorded in B.
    const own = await start(await northAs('clinician', 'clin-b1'));
    const lent = await start(await partner(), 'north-isd');
    expect([own.status, lent.status]).toEqual([422, 422]);
    expect(lent.body.code).toBe(own.body.code);
    expect(lent.body.code).toBe('CARE.PARENTAL_CONSENT_REQUIRED');

    const consent = await http()
      .post('/consents')
      .set('authorization', await northAs('clinician', 'clin-b1'))
      .send({
        studentId: STUDENT,
        signer: { role: 'guardian', id: 'guardian-81', signedAt: new Date(Date.now() - DAY).toISOString() },
        classes: ['EDU-CLIN'],
        purposes: ['treatment'],
        recipients: [{ unit: 'clinical' }],
        effectiveFrom: new Date(Date.now() - DAY).toISOString(),
        expiresAt: new Date(Date.now() + 365 * DAY).toISOString(),
      })
      .expect(201);

    const created = await start(await partner(), 'north-isd');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ studentId: STUDENT, assignedClinicianId: 'clin-a7', status: 'active' });
    expect(await plansOf(north)).toEqual([{ id: created.body.id, clinician: 'clin-a7', consent: consent.body.id }]);
    expect(await plansOf(svc.db)).toEqual([]);

    const note = await http().post(`/students/${STUDENT}/clinical-notes`).set('authorization', await partner()).set('x-acting-district', 'north-isd').send({ body: 'Synthetic note.' }).expect(201);
    expect(await north.query(`SELECT author_id FROM clinical_note WHERE id = $1`, [note.body.id])).toEqual([{ author_id: 'clin-a7' }]);
    expect(await svc.db.query(`SELECT 1 FROM clinical_note WHERE id = $1`, [note.body.id])).toEqual([]);
    // The partner's author reads it back acting in B; in A it does not exist.
    await http().get(`/clinical-notes/${note.body.id}`).set('authorization', await partner()).set('x-acting-district', 'north-isd').expect(200);
    await http().get(`/clinical-notes/${note.body.id}`).set('authorization', await partner()).expect(404);
  });

  it("audits every request in both districts (route patterns, never a student id), and lists it to each district's leadership only", async () => {
    const expected = (method: string, route: string) => ({ kind: 'act', agreementId: AGREEMENT_ID, acting: 'north-isd', partner: 'dev', actor: 'sub:dev/clin-a7', subject: `route:${method} ${route}` });
    const rows = [
      expected('POST', '/support-plans'),
      expected('POST', '/support-plans'),
      expected('POST', '/students/:studentId/clinical-notes'),
      expected('GET', '/clinical-notes/:id'),
    ];
    expect(await audit(north)).toEqual(rows);
    expect(await audit(svc.db)).toEqual(rows);
    expect(JSON.stringify(await audit(north))).not.toContain(STUDENT);

    const list = (authorization: string, query = '') => http().get(`/cross-district-access${query}`).set('authorization', authorization);
    const fromB = (await list(await northAs('admin', 'adm-b')).expect(200)).body;
    expect(fromB.items.map((i: { subject: string }) => i.subject)).toEqual(rows.map((r) => r.subject).reverse());
    expect(fromB.items[0]).toMatchObject({ kind: 'act', agreementId: AGREEMENT_ID, actingDistrictId: 'north-isd', partnerDistrictId: 'dev', actor: 'sub:dev/clin-a7' });
    expect(fromB.nextCursor).toBeNull();
    const fromA = (await list(await svc.idp.bearer(['bh-director'], 'dir-a')).expect(200)).body;
    expect(fromA.items).toEqual(fromB.items);
    expect((await list(await northAs('police-chief', 'chief-b')).expect(200)).body.items).toHaveLength(4);
    expect((await list(await westAs('admin', 'adm-c')).expect(200)).body).toEqual({ items: [], nextCursor: null });

    // Newest first, page by page, nothing skipped or repeated.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { subject: string; at: string }[]; nextCursor: string | null } = (await list(await northAs('admin', 'adm-b'), `?limit=3${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
      seen.push(...page.items.map((i) => i.subject));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(fromB.items.map((i: { subject: string }) => i.subject));
    const until = (await list(await northAs('admin', 'adm-b'), `?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z`).expect(200)).body;
    expect(until.items).toEqual([]);

    // Who may not, and what is not a query.
    await list(await northAs('clinician', 'clin-b1')).expect(403);
    await list(await partner(), '').set('x-acting-district', 'north-isd').expect(403);
    for (const bad of ['?from=yesterday', '?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', '?limit=0', '?cursor=not-a-cursor']) {
      const res = await list(await northAs('admin', 'adm-b'), bad).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    }
  });

  it('an ended agreement stops the access at once; a district without one is refused', async () => {
    await record(agreement({ endedAt: new Date(Date.now() - 1000).toISOString() }));
    const before = (await audit(north)).length;
    const res = await http().post(`/students/${STUDENT}/clinical-notes`).set('authorization', await partner()).set('x-acting-district', 'north-isd').send({ body: 'Synthetic note.' }).expect(403);
    expect(res.body.code).toBe('DISTRICT.NO_SHARING_AGREEMENT');
    const west = await http().post('/support-plans').set('authorization', await partner()).set('x-acting-district', 'west-isd').send(plan()).expect(403);
    expect(west.body.code).toBe('DISTRICT.NO_SHARING_AGREEMENT');
    expect(await audit(north)).toHaveLength(before);
    const unknown = await http().post('/support-plans').set('authorization', await partner()).set('x-acting-district', 'nowhere-isd').send(plan()).expect(400);
    expect(unknown.body.code).toBe('DISTRICT.UNKNOWN');
  });
});
