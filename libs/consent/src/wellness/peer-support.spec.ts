import { inChainOfCommand, isCurrentCertification, matchPeer } from './peer-support.js';

const cert = { issuedOn: '2026-01-10', expiresOn: '2028-01-10', revoked: false };
// chief <- sgt <- officer-a ; sgt2 <- officer-b ; clinician-c has no supervisor here
const supervisorOf = new Map<string, string | null>([
  ['officer-a', 'sgt'],
  ['sgt', 'chief'],
  ['officer-b', 'sgt2'],
  ['sgt2', 'chief'],
  ['loop-1', 'loop-2'],
  ['loop-2', 'loop-1'],
]);

describe('peer support', () => {
  it('W8: a certification is current from its issue date until its (exclusive) expiry, unless revoked', () => {
    expect(isCurrentCertification(cert, '2026-01-10')).toBe(true);
    expect(isCurrentCertification(cert, '2028-01-10')).toBe(false);
    expect(isCurrentCertification(cert, '2026-01-09')).toBe(false);
    expect(isCurrentCertification({ ...cert, revoked: true }, '2026-06-01')).toBe(false);
    expect(isCurrentCertification({ ...cert, expiresOn: null }, '2099-06-01')).toBe(true);
  });

  it('W8: the chain of command runs up and down supervisor links (cycles tolerated)', () => {
    expect(inChainOfCommand('officer-a', 'sgt', supervisorOf)).toBe(true);
    expect(inChainOfCommand('officer-a', 'chief', supervisorOf)).toBe(true);
    expect(inChainOfCommand('chief', 'officer-a', supervisorOf)).toBe(true);
    expect(inChainOfCommand('officer-a', 'officer-b', supervisorOf)).toBe(false);
    expect(inChainOfCommand('officer-a', 'sgt2', supervisorOf)).toBe(false);
    expect(inChainOfCommand('loop-1', 'officer-a', supervisorOf)).toBe(false);
  });

  it('W8: matches a certified peer outside the chain of command, least loaded first, deterministically (W12)', () => {
    const candidates = [
      { staffId: 'sgt', load: 0, certifications: [cert] },
      { staffId: 'officer-b', load: 2, certifications: [cert] },
      { staffId: 'sgt2', load: 1, certifications: [cert] },
      { staffId: 'clinician-c', load: 0, certifications: [{ ...cert, revoked: true }] },
    ];
    expect(matchPeer('officer-a', candidates, supervisorOf, '2026-06-01')).toMatchObject({ peer: 'sgt2', decision: { allow: true, ruleIds: ['W8'] } });
    expect(matchPeer('officer-a', [...candidates].reverse(), supervisorOf, '2026-06-01').peer).toBe('sgt2');
    expect(matchPeer('officer-a', candidates.slice(0, 1), supervisorOf, '2026-06-01')).toEqual({ decision: expect.objectContaining({ allow: false, ruleIds: ['W8'] }) });
  });
});
