import { DEFAULT_WELLNESS_POLICY as policy } from './policy.js';
import { declarationCrossing, mayReadEvaluation, offerApproval, psychStatus, requiresPsychDeclaration } from './screening.js';

describe('psychological screening (TCOLE L-3)', () => {
  it('W2: only the author reads an evaluation', () => {
    expect(mayReadEvaluation('psy-1', { authorSub: 'psy-1' })).toMatchObject({ allow: true, ruleIds: ['W2'] });
    expect(mayReadEvaluation('psy-2', { authorSub: 'psy-1' })).toMatchObject({ allow: false });
    expect(mayReadEvaluation('police-chief-1', { authorSub: 'psy-1' }).allow).toBe(false);
  });

  it('W10: a sealed evaluation and a missing one are denied alike (same decision apart from the audit reason)', () => {
    const sealed = mayReadEvaluation('x', { authorSub: 'psy-1' });
    const missing = mayReadEvaluation('x', null);
    expect({ ...sealed, reason: '' }).toEqual({ ...missing, reason: '' });
    expect(sealed.ruleIds).toEqual(['W2', 'W10']);
  });

  it('W3: the crossing payload holds the declaration fields and nothing else, whatever the record carries', () => {
    const record = {
      declarationId: 'd1', candidateId: 'c1', result: 'fit', declaredOn: '2026-11-02', evaluatorLicense: 'TX-PSY-1234',
      findings: 'sealed', instruments: ['MMPI-3'], interviewNotes: 'sealed',
    };
    expect(declarationCrossing(record)).toEqual({ declarationId: 'd1', candidateId: 'c1', result: 'fit', declaredOn: '2026-11-02', evaluatorLicense: 'TX-PSY-1234' });
    expect(() => declarationCrossing({ ...record, evaluatorLicense: '' })).toThrow(/evaluatorLicense/);
  });

  it('W4: a fit declaration is current for the policy maximum age (default 180 days), then pending again', () => {
    expect(psychStatus([{ result: 'fit', declaredOn: '2026-06-01' }], '2026-11-28', policy)).toBe('fit');
    expect(psychStatus([{ result: 'fit', declaredOn: '2026-06-01' }], '2026-11-29', policy)).toBe('pending');
    expect(psychStatus([{ result: 'fit', declaredOn: '2026-06-01' }], '2026-07-01', { ...policy, declarationMaxAgeDays: 10 })).toBe('pending');
  });

  it('W5: command sees fit, not-fit or pending from the latest declaration, nothing more', () => {
    expect(psychStatus([], '2026-12-01', policy)).toBe('pending');
    expect(psychStatus([{ result: 'fit', declaredOn: '2026-10-01' }, { result: 'not-fit', declaredOn: '2026-11-01' }], '2026-12-01', policy)).toBe('not-fit');
    expect(psychStatus([{ result: 'not-fit', declaredOn: '2026-10-01' }, { result: 'fit', declaredOn: '2026-11-01' }], '2026-12-01', policy)).toBe('fit');
    // Same date, both results: not-fit wins, in either order of arrival.
    expect(psychStatus([{ result: 'not-fit', declaredOn: '2026-11-01' }, { result: 'fit', declaredOn: '2026-11-01' }], '2026-12-01', policy)).toBe('not-fit');
    expect(psychStatus([{ result: 'fit', declaredOn: '2026-11-01' }, { result: 'not-fit', declaredOn: '2026-11-01' }], '2026-12-01', policy)).toBe('not-fit');
    // A declaration dated in the future does not count yet.
    expect(psychStatus([{ result: 'fit', declaredOn: '2026-12-02' }], '2026-12-01', policy)).toBe('pending');
  });

  it('W4: officer offers need a current fit declaration; clinical positions never do', () => {
    expect(requiresPsychDeclaration({ unit: 'police' })).toBe(true);
    expect(requiresPsychDeclaration({ unit: 'behavioral-health' })).toBe(false);
    expect(offerApproval({ unit: 'police' }, 'fit')).toMatchObject({ allow: true, ruleIds: ['W4'] });
    expect(offerApproval({ unit: 'police' }, 'pending').allow).toBe(false);
    expect(offerApproval({ unit: 'police' }, 'not-fit').allow).toBe(false);
    expect(offerApproval({ unit: 'behavioral-health' }, 'pending').allow).toBe(true);
  });
});
