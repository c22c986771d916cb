import { communityProvider, decideFor, DEFAULT_POLICY } from './index.js';
import { consent, facts, fullPart2, NOW, STUDENT } from '../test/fixtures.js';

// Outbound referrals to community providers (issue 18): the provider is a party of its own unit,
// named by a consent as the person `provider:<id>`.
const PROVIDER = communityProvider('p-1');
const toProvider = (over: Partial<Parameters<typeof consent>[0]> = {}) =>
  consent({ classes: ['EDU-CLIN'], purposes: ['treatment'], recipients: [{ personId: 'provider:p-1' }], ...over });
const plan = (consents: ReturnType<typeof consent>[]) =>
  decideFor(PROVIDER, { studentId: STUDENT, recordType: 'support-plan', purpose: 'treatment', fields: ['studentId', 'goals', 'services'] }, facts({ consents }), NOW);
const sud = (consents: ReturnType<typeof consent>[]) =>
  decideFor(PROVIDER, { studentId: STUDENT, recordType: 'referral', purpose: 'treatment', fields: ['substanceUse'] }, facts({ consents }), NOW);

describe('community providers as recipients', () => {
  it('R4: a provider sees a support plan only under a consent in force that names it, for treatment', () => {
    expect(plan([])).toMatchObject({ allow: false });
    const allowed = plan([toProvider()]);
    expect(allowed).toMatchObject({ allow: true, redisclosure: 'prohibited' });
    expect(allowed.ruleIds).toContain('R4');
  });

  it('R4: a consent naming the clinical unit, another provider, another purpose, or revoked, opens nothing to it', () => {
    expect(plan([toProvider({ recipients: [{ unit: 'clinical' }] })]).allow).toBe(false);
    expect(plan([toProvider({ recipients: [{ personId: 'provider:p-2' }] })]).allow).toBe(false);
    expect(plan([toProvider({ purposes: ['co-response'] })]).allow).toBe(false);
    expect(plan([toProvider({ revokedAt: new Date(NOW.getTime() - 1000) })]).allow).toBe(false);
  });

  it('R5: substance-use information needs a complete Part 2 consent naming the provider, and carries the 2.32 notice', () => {
    expect(sud([toProvider({ classes: ['SUD'] })]).allow).toBe(false);
    const d = sud([toProvider({ classes: ['SUD'], part2: fullPart2({ recipientsNamed: ['Hill Country Recovery'] }) })]);
    expect(d).toMatchObject({ allow: true, notices: [DEFAULT_POLICY.part2RedisclosureNotice] });
    expect(d.ruleIds).toContain('R5');
  });
});
