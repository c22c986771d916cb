import type { Response } from 'supertest';
import { startTestService, eventually, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { bornYearsAgo, ConsentApi, HOUR, iso } from './consent-helpers.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** What may differ between two denials: the request's own id and URL (so the length), and the clock. */
function comparable(res: Response) {
  const body = res.text.replace(/"correlationId":"[^"]*"/, '"correlationId":"-"').replace(/"instance":"[^"]*"/, '"instance":"-"');
  const { date: _d, 'x-correlation-id': _c, 'content-length': _l, ...headers } = res.headers;
  return { status: res.status, body, headers };
}

describe('support-plans: reading referrals through the consent gate', () => {
  let svc: TestService;
  let api: ConsentApi;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    api = new ConsentApi(svc);
    for (const s of ['S4000001', 'S4000002', 'S4000003', 'S4000004']) await api.registerStudent(s, bornYearsAgo(15));
  });
  afterAll(() => svc?.close());

  it('R10: every denial is byte-identical to a missing referral, apart from correlationId and instance', async () => {
    const referral = await api.createReferral('S4000001');
    const missing = comparable(await api.readReferral(UNKNOWN, ['officer'], 'officer-7'));
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({
      type: 'urn:problem:REFERRAL.NOT_FOUND',
      title: 'Not Found',
      status: 404,
      detail: 'No such referral',
      instance: '-',
      code: 'REFERRAL.NOT_FOUND',
      correlationId: '-',
    });
    // No consent at all.
    expect(comparable(await api.readReferral(referral.id, ['officer'], 'officer-7'))).toEqual(missing);
    // A consent for another purpose, for another student, and one naming someone else.
    await api.grantConsent('S4000001', { purposes: ['threat-assessment'] });
    await api.grantConsent('S4000002');
    await api.grantConsent('S4000001', { recipients: [{ personId: 'officer-8' }] });
    expect(comparable(await api.readReferral(referral.id, ['officer'], 'officer-7'))).toEqual(missing);
    expect(comparable(await api.readReferral(referral.id, ['officer'], 'officer-7', '?purpose=investigation'))).toEqual(missing);
    expect(comparable(await api.readReferral(referral.id, ['admin'], 'admin-1'))).toEqual(missing);
    // The named officer does get it.
    expect((await api.readReferral(referral.id, ['officer'], 'officer-8')).status).toBe(200);
  });

  it('R3 R8: police under a consent read EDU-CLIN and EDU-SAFETY, never PSY-NOTE or SUD, marked redisclosure=prohibited', async () => {
    const referral = await api.createReferral('S4000002');
    const res = await api.readReferral(referral.id, ['officer'], 'officer-7');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: referral.id, studentId: 'S4000002', safetyFlag: true, reason: expect.any(String), redisclosure: 'prohibited' });
    expect(res.body).not.toHaveProperty('clinicalNote');
    expect(res.body).not.toHaveProperty('substanceUse');
    const [logged] = (await api.disclosures('S4000002')).filter((d) => d.entry.channel === 'api');
    expect(logged.entry).toMatchObject({ toWhom: { id: 'officer-7', role: 'officer', unit: 'police' }, recordId: referral.id, exempt: false, basis: { kind: 'consent' } });
  });

  it('R2 R3: clinicians read as school officials; the PSY-NOTE only its author and the bh-director (supervisor)', async () => {
    const referral = await api.createReferral('S4000003', {}, 'clinician-1');
    const author = await api.readReferral(referral.id, ['clinician'], 'clinician-1');
    expect(author.body.clinicalNote).toBe('First-session impressions: PSYNOTE-MARKER.');
    expect(author.body.substanceUse).toBe('Screening positive: SUD-MARKER.');
    expect(author.body).not.toHaveProperty('redisclosure');
    const colleague = await api.readReferral(referral.id, ['clinician'], 'clinician-2');
    expect(colleague.status).toBe(200);
    expect(colleague.body).not.toHaveProperty('clinicalNote');
    const director = await api.readReferral(referral.id, ['bh-director'], 'bh-director-1');
    expect(director.body.clinicalNote).toBe('First-session impressions: PSYNOTE-MARKER.');
    // Same person, two hats: acts as police unless it says otherwise (x-acting-role).
    const dual = await api.http.get(`/referrals/${referral.id}`).set('authorization', await api.bearer(['clinician', 'officer'], 'clinician-1'));
    expect(dual.status).toBe(404);
    const asClinician = await api.http.get(`/referrals/${referral.id}`).set('authorization', await api.bearer(['clinician', 'officer'], 'clinician-1')).set('x-acting-role', 'clinician');
    expect(asClinician.body.clinicalNote).toBeDefined();
    const notMine = await api.http.get(`/referrals/${referral.id}`).set('authorization', await api.bearer(['officer'], 'officer-7')).set('x-acting-role', 'clinician');
    expect(notMine.status).toBe(403);
  });

  it('R4 R9: a read just after revocation is denied; the one just before it was allowed', async () => {
    const referral = await api.createReferral('S4000004');
    const consent = await api.grantConsent('S4000004');
    expect((await api.readReferral(referral.id, ['officer'], 'officer-7')).status).toBe(200);
    await api.revokeConsent(consent.body.id);
    const after = await api.readReferral(referral.id, ['officer'], 'officer-7');
    expect(comparable(after)).toEqual(comparable(await api.readReferral(UNKNOWN, ['officer'], 'officer-7')));
  });

  it('R4: a consent stops opening reads at its expiry instant', async () => {
    await api.registerStudent('S4000005', bornYearsAgo(15));
    const referral = await api.createReferral('S4000005');
    const expiresAt = iso(1500);
    await api.grantConsent('S4000005', { expiresAt, effectiveFrom: iso(-HOUR) });
    expect((await api.readReferral(referral.id, ['officer'], 'officer-7')).status).toBe(200);
    await eventually(async () => Date.now(), (t) => t >= new Date(expiresAt).getTime(), 5_000);
    expect((await api.readReferral(referral.id, ['officer'], 'officer-7')).status).toBe(404);
  });

  it('R10 R12: analysts and district systems never read referrals', async () => {
    const referral = await api.createReferral('S4000001');
    for (const role of ['analyst', 'system'] as const) expect((await api.readReferral(referral.id, [role])).status).toBe(403);
  });
});
