import { classOf } from '#consent';
import { TOPICS } from '#contracts';
import { startTestService, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { bornYearsAgo, ConsentApi, DAY, fullPart2, HOUR } from './consent-helpers.js';

const POLICE_READABLE = TOPICS.filter((t) => t.audience === 'all-services').map((t) => t.name);
const PROJECTION_TOPIC = 'support.police-projection.v1';

describe('support-plans: what crosses to police-readable topics (consent-projected)', () => {
  let svc: TestService;
  let api: ConsentApi;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    api = new ConsentApi(svc);
    for (const s of ['S3000001', 'S3000002', 'S3000003', 'S3000004']) await api.registerStudent(s, bornYearsAgo(15));
  });
  afterAll(() => svc?.close());

  /** The student's projection events: published ones name the student, withdrawals only the projection. */
  const projections = (studentId: string) =>
    api.outbox(
      `topic = $1 AND key IN (SELECT key FROM outbox WHERE topic = $1 AND payload->>'studentId' = $2)`,
      [PROJECTION_TOPIC, studentId],
    );

  it('R1 R3 R10: without a consent naming the police unit nothing about the referral is published for police', async () => {
    const referral = await api.createReferral('S3000001');
    expect(await api.outbox(`topic = $1 AND payload->>'studentId' = 'S3000001'`, [PROJECTION_TOPIC])).toEqual([]);
    // The referral itself went to the clinical-only topic only, without clinical text.
    const [received] = await api.outbox(`type = 'support.referral.received' AND key = $1`, [referral.id]);
    expect(TOPICS.find((t) => t.name === received.topic)?.audience).toBe('clinical-only');
    expect(JSON.stringify(received.payload)).not.toMatch(/MARKER|withdrawal/);
    expect(await api.disclosures('S3000001')).toEqual([]);
  });

  it('R3 R8 R9 R7: a consent naming the police unit projects EDU-CLIN and EDU-SAFETY only, marked and logged', async () => {
    const referral = await api.createReferral('S3000002');
    const consent = await api.grantConsent('S3000002');
    const [published] = await projections('S3000002');
    expect(published.type).toBe('support.police-projection.published');
    const p = published.payload as Record<string, any>;
    expect(p).toMatchObject({ recordType: 'referral', studentId: 'S3000002', purpose: 'co-response', redisclosure: 'prohibited', consentIds: [consent.body.id], grantIds: [], notices: [] });
    expect(p.data).toMatchObject({ id: referral.id, safetyFlag: true, status: 'received' });
    // R1 (issue 14): the co-response minimum only; the referral reason is free text and never rides the event.
    expect(p.data).not.toHaveProperty('reason');
    expect(p.data).not.toHaveProperty('clinicalNote');
    expect(p.data).not.toHaveProperty('substanceUse');
    expect(p.projectionId).not.toBe(referral.id);
    expect(new Date(p.validUntil).getTime()).toBe(new Date(consent.body.expiresAt).getTime());

    const [logged] = await api.disclosures('S3000002');
    expect(logged.entry).toMatchObject({
      who: 'clinical',
      toWhom: { id: 'unit:police', unit: 'police' },
      recordType: 'referral',
      recordId: referral.id,
      purpose: 'co-response',
      channel: 'event',
      exempt: false,
      basis: { kind: 'consent', id: consent.body.id },
      classes: ['DIRECTORY', 'EDU-SAFETY', 'EDU-CLIN'],
    });
    expect(logged.entry.fields).not.toContain('clinicalNote');
  });

  it('R9: revoking the consent withdraws the projection and announces the revocation to police-side consumers', async () => {
    const consent = await api.grantConsent('S3000003');
    await api.createReferral('S3000003');
    const [published] = await projections('S3000003');
    await api.revokeConsent(consent.body.id);
    const withdrawn = await api.outbox(`type = 'support.police-projection.withdrawn' AND key = $1`, [published.key]);
    expect(withdrawn).toHaveLength(1);
    const revoked = await api.outbox(`type = 'support.consent.revoked' AND key = $1`, [consent.body.id]);
    expect(POLICE_READABLE).toContain(revoked[0].topic);
    // Another referral after revocation: nothing crosses.
    const before = (await api.outbox(`topic = $1`, [PROJECTION_TOPIC])).length;
    await api.createReferral('S3000003');
    expect((await api.outbox(`topic = $1`, [PROJECTION_TOPIC])).length).toBe(before);
  });

  it('R9: with two consents, revoking one re-projects under the other (fewer fields), the old copy replaced', async () => {
    const safetyOnly = await api.grantConsent('S3000004', { classes: ['EDU-SAFETY'] });
    await api.createReferral('S3000004');
    const both = await api.grantConsent('S3000004', { classes: ['EDU-CLIN'] });
    const rows = await projections('S3000004');
    expect(rows.at(-1)!.payload).toMatchObject({ consentIds: expect.arrayContaining([safetyOnly.body.id, both.body.id]) });
    await api.revokeConsent(both.body.id);
    const last = (await projections('S3000004')).at(-1)!;
    expect(last.type).toBe('support.police-projection.published');
    expect(last.key).toBe(rows.at(-1)!.key);
    expect(last.payload).toMatchObject({ consentIds: [safetyOnly.body.id], data: { safetyFlag: true, studentId: 'S3000004' } });
    expect(Object.keys(last.payload.data as object).sort()).toEqual(['campusId', 'safetyFlag', 'studentId']);
  });

  it('R1 R5: SUD text never rides an event; under a complete Part 2 consent the police read it through the gated, logged API with the 42 CFR 2.32 notice', async () => {
    await api.registerStudent('S3000005', bornYearsAgo(15));
    const referral = await api.createReferral('S3000005');
    await api.grantConsent('S3000005', { classes: ['EDU-CLIN', 'SUD'], part2: fullPart2() });
    const [p] = (await projections('S3000005')).map((r) => r.payload as Record<string, any>);
    expect(p.data).toMatchObject({ id: referral.id, status: 'received' });
    expect(JSON.stringify(p)).not.toContain('SUD-MARKER');
    expect(p.data).not.toHaveProperty('clinicalNote');
    const read = await api.http.get(`/referrals/${referral.id}`).set('authorization', await api.bearer(['officer'], 'officer-7')).expect(200);
    expect(read.body).toMatchObject({ substanceUse: 'Screening positive: SUD-MARKER.', redisclosure: 'prohibited' });
    expect(read.body.notices).toEqual(['42 CFR part 2 prohibits unauthorized use or disclosure of these records.']);
  });

  it('R6: a break-the-glass grant naming the police unit opens EDU-SAFETY and EDU-CLIN for safety-emergency until it ends, never PSY-NOTE or SUD', async () => {
    await api.registerStudent('S3000006', bornYearsAgo(15));
    await api.createReferral('S3000006');
    const grant = await api.http
      .post('/students/S3000006/break-the-glass')
      .set('authorization', await api.bearer(['officer'], 'officer-7'))
      .send({ threat: 'Specific threat to bring a weapon to campus today.', justification: 'Responding officers need the clinical context.', recipients: [{ unit: 'police' }] })
      .expect(201);
    const [p] = (await projections('S3000006')).map((r) => r.payload as Record<string, any>);
    expect(p).toMatchObject({ purpose: 'safety-emergency', grantIds: [grant.body.id], consentIds: [], redisclosure: 'prohibited', validUntil: grant.body.expiresAt });
    expect(p.data).toHaveProperty('status');
    expect(p.data).not.toHaveProperty('reason'); // R1: free text stays behind, even in an emergency
    expect(p.data).not.toHaveProperty('clinicalNote');
    expect(p.data).not.toHaveProperty('substanceUse');
  });

  it('R7: an unchanged projection is not published (nor logged) again when an unrelated consent is recorded', async () => {
    const before = (await projections('S3000002')).length;
    const logBefore = (await api.disclosures('S3000002')).length;
    await api.grantConsent('S3000002', { recipients: [{ unit: 'administration' }], purposes: ['referral'] });
    expect((await projections('S3000002')).length).toBe(before);
    expect((await api.disclosures('S3000002')).length).toBe(logBefore);
  });

  it('R1 R3 R8: no outbox row of any police-readable topic carries a psychotherapy note, SUD without a Part 2 consent, or an unlabelled field', async () => {
    const rows = await api.outbox(`topic = ANY($1)`, [POLICE_READABLE]);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const text = JSON.stringify(row.payload);
      expect(text).not.toContain('PSYNOTE-MARKER');
      if (row.type !== 'support.police-projection.published') continue;
      const p = row.payload as { recordType: string; studentId: string; data: Record<string, unknown>; redisclosure: string; notices: string[] };
      expect(p.redisclosure).toBe('prohibited');
      for (const field of Object.keys(p.data)) {
        const cls = classOf(p.recordType, field);
        expect(cls).toBeDefined();
        expect(cls).not.toBe('PSY-NOTE');
        if (cls === 'SUD') expect({ studentId: p.studentId, notices: p.notices }).toEqual({ studentId: 'S3000005', notices: [expect.stringMatching(/42 CFR part 2/)] });
      }
      if (p.studentId !== 'S3000005') expect(text).not.toContain('SUD-MARKER');
    }
  });

  it('R3: a consent naming police by person or role (not the unit) does not open the unit-wide topic', async () => {
    await api.registerStudent('S3000007', bornYearsAgo(15));
    await api.createReferral('S3000007');
    await api.grantConsent('S3000007', { recipients: [{ personId: 'officer-7' }] });
    await api.grantConsent('S3000007', { recipients: [{ role: 'police-chief' }], expiresAt: new Date(Date.now() + 2 * DAY + HOUR).toISOString() });
    expect(await projections('S3000007')).toEqual([]);
  });
});
