import { builtUnder, decide, DEFAULT_POLICY, project, redact, type Decision } from './index.js';
import { at, clinician, consent, facts, MINOR, NOW, officer, REFERRAL, request, STUDENT } from '../test/fixtures.js';

const unitFacts = (consents = [consent()]) => ({ student: MINOR, consents, grants: [], policy: DEFAULT_POLICY });
const referralEvent = { recordType: 'referral' as const, studentId: STUDENT, data: { ...REFERRAL } };

describe('redact', () => {
  it('keeps exactly decision.fields: a field outside them never survives, even one the registry does not know', () => {
    const d: Decision = { allow: true, fields: ['status', 'createdAt'], ruleIds: ['R2'], reason: 'test' };
    expect(redact(REFERRAL, d)).toEqual({ status: 'received', createdAt: REFERRAL.createdAt });
    expect(redact(REFERRAL, { ...d, fields: ['internalScore'] })).toEqual({ internalScore: 7 });
    expect(Object.keys(redact(REFERRAL, decide(request(officer), facts({ consents: [consent()] }), NOW)))).not.toContain('internalScore');
  });

  it('returns nothing for a denial, whatever fields it lists', () => {
    expect(redact(REFERRAL, { allow: false, fields: ['status'], ruleIds: ['R10'], reason: 'x' })).toEqual({});
  });

  it('copies: changing the copy leaves the record alone', () => {
    const copy = redact(REFERRAL, { allow: true, fields: ['createdAt'], ruleIds: ['R2'], reason: 'x' });
    copy.createdAt!.setUTCFullYear(1999);
    expect(REFERRAL.createdAt.getUTCFullYear()).toBe(2026);
  });
});

describe('R8 redisclosure', () => {
  it('marks data that leaves its unit, and not data read in-unit', () => {
    expect(decide(request(officer), facts({ consents: [consent()] }), NOW).redisclosure).toBe('prohibited');
    expect(decide(request(clinician, { purpose: 'treatment' }), facts(), NOW).redisclosure).toBeUndefined();
  });

  it('projects a clinical event for the police topic: visible fields only, marked, with the consents it rests on', () => {
    const p = project(referralEvent, { unit: 'police', purpose: 'co-response' }, unitFacts(), NOW);
    expect(p).not.toBeNull();
    expect(p!.redisclosure).toBe('prohibited');
    expect(p!.consentIds).toEqual(['consent-1']);
    // R1: the co-response minimum only: the reason (free text) stays behind even though the consent covers EDU-CLIN.
    expect(Object.keys(p!.data)).toEqual(['id', 'studentId', 'campusId', 'incidentId', 'status', 'safetyFlag']);
    expect(p!.withheld).toEqual(expect.arrayContaining(['reason', 'source', 'createdBy', 'createdAt', 'clinicalNote', 'substanceUse', 'internalScore']));
    expect(p!.ruleIds).toEqual(expect.arrayContaining(['R1', 'R8']));
  });

  it('publishes nothing to the police topic without a unit-wide basis (a consent naming officers is not one)', () => {
    expect(project(referralEvent, { unit: 'police', purpose: 'co-response' }, unitFacts([]), NOW)).toBeNull();
    expect(project(referralEvent, { unit: 'police', purpose: 'co-response' }, unitFacts([consent({ recipients: [{ role: 'officer' }] })]), NOW)).toBeNull();
  });

  it('projects an incident for the clinical topic with the minimum fields (R1, R2)', () => {
    const incident = { recordType: 'incident' as const, studentId: STUDENT, data: { id: 'i-1', type: 'threat', occurredAt: '2026-03-10T14:00:00Z', narrative: 'long story', reportedBy: 'o-1' } };
    const p = project(incident, { unit: 'clinical', purpose: 'referral' }, unitFacts([]), NOW);
    expect(p).toMatchObject({ data: { id: 'i-1', type: 'threat', occurredAt: '2026-03-10T14:00:00Z' }, redisclosure: 'prohibited', withheld: ['narrative', 'reportedBy'] });
  });
});

describe('R9 revocation propagates', () => {
  const revoked = consent({ revokedAt: at(-1) });

  it('denies API reads from the revocation instant on', () => {
    expect(decide(request(officer), facts({ consents: [consent({ revokedAt: NOW })] }), NOW).allow).toBe(false);
    expect(decide(request(officer), facts({ consents: [consent({ revokedAt: NOW })] }), at(-1)).allow).toBe(true);
  });

  it('finds the projections built under a revoked consent, and re-projecting drops them', () => {
    const built = project(referralEvent, { unit: 'police', purpose: 'co-response' }, unitFacts(), NOW)!;
    const other = { ...built, consentIds: ['consent-2'] };
    expect(builtUnder([built, other], 'consent-1')).toEqual([built]);
    expect(project(referralEvent, { unit: 'police', purpose: 'co-response' }, unitFacts([revoked]), NOW)).toBeNull();
  });
});
