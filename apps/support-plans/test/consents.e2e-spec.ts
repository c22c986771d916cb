import { startTestService, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { bornYearsAgo, ConsentApi, DAY, fullPart2, HOUR, iso } from './consent-helpers.js';

describe('support-plans: consents (capture, validation, revocation, history)', () => {
  let svc: TestService;
  let api: ConsentApi;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    api = new ConsentApi(svc);
    await api.registerStudent('S2000001', bornYearsAgo(15), ['guardian-1']); // a minor
    await api.registerStudent('S2000002', bornYearsAgo(18, 30), ['guardian-1']); // 18 for a month
  });
  afterAll(() => svc?.close());

  it('R4: a guardian signs for a minor; the consent is in force and support.consent.granted names only the consent', async () => {
    const res = await api.grantConsent('S2000001');
    expect(res.body).toMatchObject({ studentId: 'S2000001', status: 'in-force', signer: { role: 'guardian', id: 'guardian-1' }, recipients: [{ unit: 'police' }] });
    const [event] = await api.outbox(`type = 'support.consent.granted' AND key = $1`, [res.body.id]);
    expect(event.topic).toBe('support.consent.v1');
    // Plus districtId: the tenant, not a clinical fact.
    expect(Object.keys(event.payload).sort()).toEqual(['consentId', 'districtId', 'effectiveFrom', 'expiresAt', 'grantedAt']);
  });

  it('R4: once the student is 18 a guardian may not sign, the student signs', async () => {
    const guardian = await api.grantConsent('S2000002', {}, 422);
    expect(guardian.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(guardian.body).toMatchObject({ status: 422, code: 'CONSENT.INVALID', ruleIds: ['R4'] });
    expect(guardian.body.problems).toEqual(expect.arrayContaining([expect.stringMatching(/guardian after the student turned 18/)]));
    const student = await api.grantConsent('S2000002', { signer: { role: 'student', id: 'S2000002', signedAt: iso(-HOUR) } });
    expect(student.body.status).toBe('in-force');
  });

  it('R4: a minor may not sign for education records, and a non-guardian may not sign at all', async () => {
    const minor = await api.grantConsent('S2000001', { signer: { role: 'student', id: 'S2000001', signedAt: iso(-HOUR) } }, 422);
    expect(minor.body.problems.join(' ')).toMatch(/before 18, when the parent signs/);
    const stranger = await api.grantConsent('S2000001', { signer: { role: 'guardian', id: 'neighbour-9', signedAt: iso(-HOUR) } }, 422);
    expect(stranger.body.problems.join(' ')).toMatch(/not a guardian of record/);
  });

  it('R5: SUD with a missing Part 2 element is rejected, listing the missing elements', async () => {
    const { revocationStatement: _dropped, ...part2 } = fullPart2();
    const res = await api.grantConsent('S2000001', { classes: ['SUD'], part2 }, 422);
    expect(res.body).toMatchObject({ code: 'CONSENT.INVALID', ruleIds: ['R4', 'R5'], missingPart2Elements: ['revocationStatement'] });
    const none = await api.grantConsent('S2000001', { classes: ['SUD'] }, 422);
    expect(none.body.missingPart2Elements).toEqual(['patientName', 'discloser', 'sudDescription', 'recipientsNamed', 'purposeMinimumNecessary', 'revocationStatement', 'expiry', 'signature']);
    await api.grantConsent('S2000001', { classes: ['SUD'], part2: fullPart2() }, 201);
  });

  it('R5: a minor signs alone for SUD under TFC 32.004 (minor-self with a basis), never for education records', async () => {
    const minorSelf = { role: 'minor-self', id: 'S2000001', signedAt: iso(-HOUR) };
    await api.grantConsent('S2000001', { classes: ['SUD'], part2: fullPart2(), signer: minorSelf, minorConsentBasis: 'chemical-addiction' }, 201);
    const noBasis = await api.grantConsent('S2000001', { classes: ['SUD'], part2: fullPart2(), signer: minorSelf }, 422);
    expect(noBasis.body.problems.join(' ')).toMatch(/without a TFC 32.004 basis/);
    const edu = await api.grantConsent('S2000001', { signer: minorSelf, minorConsentBasis: 'suicide-prevention' }, 422);
    expect(edu.body.problems.join(' ')).toMatch(/only for SUD records/);
  });

  it('R3 R4: refuses what no consent can release, an expiry before the start, a future signature, and an unregistered student', async () => {
    const notes = await api.grantConsent('S2000001', { classes: ['PSY-NOTE'] }, 422);
    expect(notes.body.problems).toEqual(['PSY-NOTE: no consent releases psychotherapy notes (policy, R3)']);
    const backwards = await api.grantConsent('S2000001', { expiresAt: iso(-2 * HOUR) }, 422);
    expect(backwards.body.problems).toEqual(expect.arrayContaining(['expires before it starts']));
    const future = await api.grantConsent('S2000001', { signer: { role: 'guardian', id: 'guardian-1', signedAt: iso(DAY) } }, 422);
    expect(future.body.problems).toEqual(expect.arrayContaining(['signed in the future']));
    const unknown = await api.grantConsent('S2999999', {}, 422);
    expect(unknown.body.problems.join(' ')).toMatch(/not registered by the SIS/);
  });

  it('400 for a malformed consent (no expiry, a recipient naming two things)', async () => {
    const body = api.consentBody('S2000001');
    const { expiresAt: _e, ...noExpiry } = body;
    const res = await api.http.post('/consents').set('authorization', await api.bearer(['clinician'])).send(noExpiry).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('expiresAt');
    const two = await api.grantConsent('S2000001', { recipients: [{ unit: 'police', role: 'officer' }] }, 422);
    expect(two.body.problems).toEqual(['recipients[0] must name exactly one of unit, role or personId', 'names no recipient']);
  });

  it('R4 R9: revocation is effective from its time forward, emits support.consent.revoked, and is kept in the history', async () => {
    const granted = await api.grantConsent('S2000001', { purposes: ['threat-assessment'] });
    const revoked = await api.revokeConsent(granted.body.id);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedBy: 'clinician-1', revocationReason: 'Guardian withdrew consent.' });
    expect(new Date(revoked.body.revokedAt).getTime()).toBeGreaterThanOrEqual(new Date(granted.body.recordedAt).getTime());
    const [event] = await api.outbox(`type = 'support.consent.revoked' AND key = $1`, [granted.body.id]);
    expect(event).toMatchObject({ topic: 'support.consent.v1', payload: { consentId: granted.body.id, revokedAt: revoked.body.revokedAt } });
    // Plus districtId: the tenant, not a clinical fact.
    expect(Object.keys(event.payload).sort()).toEqual(['consentId', 'districtId', 'revokedAt']);

    const again = await api.http.post(`/consents/${granted.body.id}/revoke`).set('authorization', await api.bearer(['clinician'])).send({}).expect(409);
    expect(again.body.code).toBe('CONSENT.ALREADY_REVOKED');

    const history = await api.http.get('/students/S2000001/consents').set('authorization', await api.bearer(['bh-director'])).expect(200);
    const mine = history.body.find((c: { id: string }) => c.id === granted.body.id);
    expect(mine).toMatchObject({ status: 'revoked', purposes: ['threat-assessment'] });
    expect(history.body.map((c: { recordedAt: string }) => c.recordedAt)).toEqual([...history.body.map((c: { recordedAt: string }) => c.recordedAt)].sort());
  });

  it('R3: consent records are for the clinical team and administrators, not police or analysts', async () => {
    for (const role of ['officer', 'police-chief', 'analyst'] as const) {
      await api.http.get('/students/S2000001/consents').set('authorization', await api.bearer([role])).expect(403);
      await api.http.post('/consents').set('authorization', await api.bearer([role])).send(api.consentBody('S2000001')).expect(403);
    }
  });

  it('R4: an unknown consent cannot be revoked (404)', async () => {
    const res = await api.http.post('/consents/00000000-0000-4000-8000-000000000000/revoke').set('authorization', await api.bearer(['clinician'])).send({}).expect(404);
    expect(res.body.code).toBe('CONSENT.NOT_FOUND');
  });
});
