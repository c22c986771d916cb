import request from 'supertest';
import { DataSource } from 'typeorm';
import type { LocalKafka as LocalBroker } from '#devkit';
import { classOf } from '#consent';
import { EVENTS, TOPICS, type Role } from '#contracts';
import { eventually, startTestBroker, startTestService, testBrokerEnv, testDatabaseUrl, type TestService } from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { runDisclosuresVerify } from '../../apps/support-plans/src/disclosures/verify-disclosures/verify-command.js';
import { supportPlansDefinition } from '../../apps/support-plans/src/support-plans.definition.js';

const STUDENT = 'S8000001';
const PSY_NOTE = 'Session impressions: PSYNOTE-SYSTEM-MARKER.';
const SUD = 'Screening positive: SUD-SYSTEM-MARKER.';
const NARRATIVE = 'Officer D found the student upset in the gym hallway: NARRATIVE-MARKER.';
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const DAY = 86_400_000;

// The clinical service (support-plans) and the police side (incidents) share nothing but the broker:
// police-side data about clinical records exists only as consent-projected events.
describe('system: the consent boundary between support-plans and incidents, through the broker', () => {
  let broker: LocalBroker;
  let support: TestService;
  let incidents: TestService;
  const ids: { incident?: string; referral?: string; c1?: string; c2?: string } = {};

  beforeAll(async () => {
    broker = await startTestBroker();
    const env = testBrokerEnv(broker);
    [support, incidents] = await Promise.all([startTestService(supportPlansDefinition, env), startTestService(incidentsDefinition, env)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([support?.close(), incidents?.close()]);
    await broker?.stop();
  });

  const as = async (svc: TestService, roles: Role[], sub?: string) => ({ authorization: await svc.idp.bearer(roles, sub) });
  const policeView = async () =>
    (await request(incidents.app.getHttpServer()).get(`/support-disclosures?studentId=${STUDENT}&purpose=co-response`).set(await as(incidents, ['officer'], 'officer-7')).expect(200))
      .body as { data: Record<string, unknown>; consentIds: string[]; redisclosure: string }[];
  const supportDs = () => support.db;
  const consent = async (classes: string[]) =>
    (
      await request(support.app.getHttpServer())
        .post('/consents')
        .set(await as(support, ['clinician'], 'clinician-1'))
        .send({
          studentId: STUDENT,
          signer: { role: 'guardian', id: 'guardian-8', signedAt: iso(-60_000) },
          classes,
          purposes: ['co-response'],
          recipients: [{ unit: 'police' }],
          effectiveFrom: iso(-60_000),
          expiresAt: iso(30 * DAY),
        })
        .expect(201)
    ).body.id as string;

  it('R1 R12: an officer reports an incident; the data team stream carries it de-identified', async () => {
    const res = await request(incidents.app.getHttpServer())
      .post('/incidents')
      .set(await as(incidents, ['officer'], 'officer-7'))
      .send({ campusId: 'campus-ms-02', location: 'Gym hallway', occurredAt: iso(-3_600_000), type: 'welfare-check', studentIds: [STUDENT], narrative: NARRATIVE, mentalHealthCrisis: true })
      .expect(201);
    ids.incident = res.body.id;
    const analyticsTopics = TOPICS.filter((t) => t.audience === 'data-teams').map((t) => t.name);
    const rows = (await incidents.db.query(`SELECT type, payload FROM outbox WHERE topic = ANY($1)`, [analyticsTopics])) as { type: string; payload: Record<string, unknown> }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const { type, payload } of rows) {
      const text = JSON.stringify(payload);
      expect(text).not.toContain(STUDENT); // pseudonyms only (keyed HMAC)
      expect(text).not.toMatch(/NARRATIVE-MARKER|Gym hallway|officer-7/); // no free text, no reporter
      const schema = EVENTS.find((e) => e.type === type)!.schema as { properties: Record<string, { format?: string; type?: string | string[] }> };
      for (const [field, value] of Object.entries(payload)) {
        const prop = schema.properties[field];
        expect({ field, declared: prop !== undefined }).toEqual({ field, declared: true });
        if (prop.format === 'date-time') throw new Error(`${type}.${field} is an instant: R12 wants days`);
        if (prop.format === 'date') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    const reported = rows.find((r) => r.type === 'analytics.incident.reported')!.payload;
    expect(JSON.stringify(reported)).not.toContain(ids.incident); // an analytic id, never the incident id (issue 14)
    expect(reported).toMatchObject({ analyticIncidentId: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), studentPseudonyms: [expect.stringMatching(/^[A-Za-z0-9_-]{22,64}$/)], pseudonymKeyId: expect.any(String) });
  });

  it('step 1 (R3): the SIS registers the student, a guardian consents to EDU-SAFETY for police, and a clinician creates a referral with a PSY-NOTE field', async () => {
    await request(support.app.getHttpServer()).put(`/students/${STUDENT}`).set(await as(support, ['system'], 'sis')).send({ dateOfBirth: '2011-04-02', guardianIds: ['guardian-8'] }).expect(200);
    ids.c1 = await consent(['EDU-SAFETY']);
    const res = await request(support.app.getHttpServer())
      .post('/referrals')
      .set(await as(support, ['clinician'], 'clinician-1'))
      .send({ studentId: STUDENT, campusId: 'campus-ms-02', source: 'incident', incidentId: ids.incident, reason: 'Referred after a welfare check.', safetyFlag: true, clinicalNote: PSY_NOTE, substanceUse: SUD })
      .expect(201);
    ids.referral = res.body.id;
    expect(res.body.clinicalNote).toBe(PSY_NOTE);
  });

  it('step 2 (R3 R8 R10): the police-side consumer, read over HTTP by an officer, sees only the allowed fields', async () => {
    const [row] = await eventually(policeView, (rows) => rows.length === 1);
    expect(Object.keys(row.data).sort()).toEqual(['campusId', 'safetyFlag', 'studentId']);
    expect(row).toMatchObject({ redisclosure: 'prohibited', consentIds: [ids.c1], data: { safetyFlag: true } });
    // The same officer asking the clinical service directly gets the same fields, nothing more.
    const direct = await request(support.app.getHttpServer()).get(`/referrals/${ids.referral}`).set(await as(support, ['officer'], 'officer-7')).expect(200);
    expect(direct.body).toEqual({ studentId: STUDENT, campusId: 'campus-ms-02', safetyFlag: true, redisclosure: 'prohibited' });
    // For an investigation: denied exactly like a referral that does not exist (R10).
    const denied = await request(support.app.getHttpServer()).get(`/referrals/${ids.referral}?purpose=investigation`).set(await as(support, ['officer'], 'officer-7')).expect(404);
    const missing = await request(support.app.getHttpServer()).get(`/referrals/00000000-0000-4000-8000-000000000000?purpose=investigation`).set(await as(support, ['officer'], 'officer-7')).expect(404);
    const { correlationId: _a, instance: _b, ...deniedBody } = denied.body;
    const { correlationId: _c, instance: _d, ...missingBody } = missing.body;
    expect(deniedBody).toEqual(missingBody);
  });

  it('step 3 (R3 R4): a consent naming police for EDU-CLIN is granted and more flows, never the PSY-NOTE or SUD', async () => {
    ids.c2 = await consent(['EDU-CLIN']);
    const [row] = await eventually(policeView, (rows) => rows.length === 1 && 'status' in rows[0].data);
    expect(row.data).toMatchObject({ id: ids.referral, incidentId: ids.incident, status: 'received', safetyFlag: true });
    expect(row.data).not.toHaveProperty('reason'); // R1 (issue 14): free text never rides an event to the police side
    expect(row.consentIds.sort()).toEqual([ids.c1, ids.c2].sort());
    for (const field of Object.keys(row.data)) expect(['PSY-NOTE', 'SUD']).not.toContain(classOf('referral', field));
    const stored = await incidents.db.query(`SELECT data::text AS data FROM support_disclosure`);
    expect(stored.map((r: { data: string }) => r.data).join()).not.toMatch(/PSYNOTE-SYSTEM-MARKER|SUD-SYSTEM-MARKER/);
  });

  it('step 4 (R9): revoking the EDU-CLIN consent cleans the projection; revoking the last one empties it', async () => {
    await request(support.app.getHttpServer()).post(`/consents/${ids.c2}/revoke`).set(await as(support, ['clinician'], 'clinician-1')).send({ reason: 'Guardian withdrew it.' }).expect(200);
    const [row] = await eventually(policeView, (rows) => rows.length === 1 && !('status' in rows[0].data));
    expect(row).toMatchObject({ consentIds: [ids.c1] });
    expect(Object.keys(row.data).sort()).toEqual(['campusId', 'safetyFlag', 'studentId']);
    await request(support.app.getHttpServer()).post(`/consents/${ids.c1}/revoke`).set(await as(support, ['clinician'], 'clinician-1')).send({}).expect(200);
    await eventually(policeView, (rows) => rows.length === 0);
    await request(support.app.getHttpServer()).get(`/referrals/${ids.referral}`).set(await as(support, ['officer'], 'officer-7')).expect(404);
  });

  it('step 5 (R7): every disclosure of steps 1-4 is in the record of disclosures, and the chain verifies', async () => {
    const log = (await request(support.app.getHttpServer()).get(`/students/${STUDENT}/disclosures`).set(await as(support, ['bh-director'])).expect(200)).body as {
      channel: string; toWhom: { id: string }; purpose: string; classes: string[]; fields: string[]; bases: Record<string, { kind: string; id?: string }>; exempt: boolean; recordId: string;
    }[];
    const published = (await supportDs().query(
      `SELECT payload FROM outbox WHERE type = 'support.police-projection.published' AND payload->>'studentId' = $1 ORDER BY id`,
      [STUDENT],
    )) as { payload: { consentIds: string[]; data: Record<string, unknown> } }[];
    expect(published.length).toBe(3); // step 1 (c1), step 3 (c1 + c2), step 4 (c1 again)
    const toUnit = log.filter((e) => e.channel === 'event');
    expect(toUnit.map((e) => [...new Set(Object.values(e.bases).map((b) => b.id))].sort())).toEqual(published.map((p) => [...p.payload.consentIds].sort()));
    expect(toUnit.map((e) => e.fields.sort())).toEqual(published.map((p) => Object.keys(p.payload.data).sort()));
    expect(toUnit.every((e) => e.toWhom.id === 'unit:police' && e.recordId === ids.referral && !e.exempt)).toBe(true);
    const officerReads = log.filter((e) => e.channel === 'api' && e.toWhom.id === 'officer-7');
    expect(officerReads).toEqual([expect.objectContaining({ purpose: 'co-response', classes: ['DIRECTORY', 'EDU-SAFETY'], exempt: false })]);
    const lines: string[] = [];
    expect(await runDisclosuresVerify({ DATABASE_URL: testDatabaseUrl(), DB_SCHEMA: support.schema }, (l) => lines.push(l), (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toMatch(/intact/);
  });

  it('R9: the police side applied every projection and revocation exactly once (inbox)', async () => {
    const inbox = await incidents.db.query(
      `SELECT event_type, count(*)::int AS n FROM inbox WHERE consumer = 'incidents.support-disclosures' GROUP BY event_type ORDER BY 1`,
    );
    expect(inbox).toEqual([
      { event_type: 'support.consent.revoked', n: 2 },
      { event_type: 'support.police-projection.published', n: 3 },
      { event_type: 'support.police-projection.withdrawn', n: 1 },
    ]);
  });
});
