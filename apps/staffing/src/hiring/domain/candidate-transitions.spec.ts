import { Problem } from '#platform';
import { applyOfferDecision, assertTransition } from '../api/candidate-problems.js';
import type { RecordedDecision } from './candidate-transitions.js';

const chief = (decision: 'approved' | 'rejected', by = 'chief-1'): RecordedDecision => ({ side: 'police-chief', decision, decidedBy: by });
const director = (decision: 'approved' | 'rejected', by = 'director-1'): RecordedDecision => ({ side: 'bh-director', decision, decidedBy: by });

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    return err instanceof Problem ? err.code : 'not a problem';
  }
}

describe('candidate transitions', () => {
  it.each([
    ['screening', 'interviewing'],
    ['interviewing', 'offer'],
    ['offer', 'hired'],
    ['screening', 'rejected'],
    ['offer', 'rejected'],
  ] as const)('allows %s → %s', (from, to) => expect(codeOf(() => assertTransition('c', from, to))).toBeUndefined());

  it.each([
    ['screening', 'offer'],
    ['screening', 'hired'],
    ['interviewing', 'hired'],
    ['hired', 'rejected'],
    ['rejected', 'interviewing'],
  ] as const)('refuses %s → %s with 409', (from, to) => expect(codeOf(() => assertTransition('c', from, to))).toBe('CANDIDATE.ILLEGAL_TRANSITION'));
});

describe('dual approval of an offer', () => {
  it('waits for the other side, then hires, in either order', () => {
    expect(applyOfferDecision('c', [], chief('approved'))).toBe('awaiting-other-side');
    expect(applyOfferDecision('c', [chief('approved')], director('approved'))).toBe('hired');
    expect(applyOfferDecision('c', [], director('approved'))).toBe('awaiting-other-side');
    expect(applyOfferDecision('c', [director('approved')], chief('approved'))).toBe('hired');
  });

  it('ends the offer on either refusal, before or after the other approval', () => {
    expect(applyOfferDecision('c', [], chief('rejected'))).toBe('rejected');
    expect(applyOfferDecision('c', [chief('approved')], director('rejected'))).toBe('rejected');
    expect(applyOfferDecision('c', [director('approved')], chief('rejected'))).toBe('rejected');
  });

  it('lets no side decide twice and no person approve for both sides', () => {
    expect(codeOf(() => applyOfferDecision('c', [chief('approved')], chief('approved')))).toBe('OFFER.ALREADY_DECIDED');
    expect(codeOf(() => applyOfferDecision('c', [chief('approved')], chief('rejected', 'chief-2')))).toBe('OFFER.ALREADY_DECIDED');
    expect(codeOf(() => applyOfferDecision('c', [chief('approved', 'both-1')], director('approved', 'both-1')))).toBe('OFFER.SAME_APPROVER');
  });
});
