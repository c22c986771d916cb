import { debriefDue, debriefRecipients, heldWithinDue, mayActOnOffer, offerExpiry, offerStatus, answerProblem, HELD_SESSION_FIELDS } from './debrief.js';
import { DEFAULT_WELLNESS_POLICY as policy } from './policy.js';

const at = new Date('2026-12-01T15:00:00Z');

describe('critical-incident debriefs', () => {
  it('W6: each staff member of a critical incident is offered a debrief once; other incidents offer none', () => {
    for (const kind of ['use-of-force', 'officer-injury', 'weapon-incident', 'emergency-detention', 'supervisor-marked']) {
      expect(debriefRecipients({ kinds: [kind], staffIds: ['b', 'a', 'b'] })).toEqual(['a', 'b']);
    }
    expect(debriefRecipients({ kinds: ['disposition'], staffIds: ['a'] })).toEqual([]);
  });

  it('W7: only the staff member sees or answers their offer; others are told it does not exist (W10)', () => {
    expect(mayActOnOffer('s1', { staffId: 's1' }).allow).toBe(true);
    const other = mayActOnOffer('s2', { staffId: 's1' });
    const missing = mayActOnOffer('s2', null);
    expect(other.allow).toBe(false);
    expect({ ...other, reason: '' }).toEqual({ ...missing, reason: '' });
  });

  it('W7: a debrief is due 72 h after acceptance by default (configurable)', () => {
    expect(debriefDue(at, policy).toISOString()).toBe('2026-12-04T15:00:00.000Z');
    expect(debriefDue(at, { ...policy, debriefDueHours: 24 }).toISOString()).toBe('2026-12-02T15:00:00.000Z');
    expect(heldWithinDue(debriefDue(at, policy), new Date('2026-12-04T15:00:00Z'))).toBe(true);
    expect(heldWithinDue(debriefDue(at, policy), new Date('2026-12-04T15:00:01Z'))).toBe(false);
    expect(heldWithinDue(null, at)).toBe(false);
  });

  it('W7: offers expire unanswered and can then not be answered; the staff member asks again instead', () => {
    const offer = { staffId: 's1', offeredAt: at, expiresAt: offerExpiry(at, policy), answer: null, heldAt: null };
    expect(offerStatus(offer, at)).toBe('open');
    expect(answerProblem(offer, at)).toBeUndefined();
    expect(offerStatus(offer, new Date('2026-12-15T15:00:00Z'))).toBe('expired');
    expect(answerProblem(offer, new Date('2026-12-15T15:00:00Z'))).toBe('the offer is expired');
    expect(offerStatus({ ...offer, answer: 'accepted' }, at)).toBe('accepted');
    expect(offerStatus({ ...offer, answer: 'accepted', heldAt: at }, at)).toBe('held');
  });

  it('W7: a held debrief records when and by whom, never content', () => {
    expect(HELD_SESSION_FIELDS).toEqual(['heldAt', 'heldBy']);
  });
});
