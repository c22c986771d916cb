import { allow, deny, type WellnessDecision } from './rules.js';

/** W8: the training categories that make someone a peer supporter. */
export const PEER_SUPPORT_CATEGORY = 'peer-support';

/** W8: a certification is current on `today` (ISO date) when issued on or before and not yet expired (exclusive end). */
export function isCurrentCertification(cert: { issuedOn: string; expiresOn: string | null; revoked: boolean }, today: string): boolean {
  return !cert.revoked && cert.issuedOn <= today && (cert.expiresOn === null || today < cert.expiresOn);
}

/** Everyone above `staffId` through supervisor links (cycle-safe). */
export function supervisorsOf(staffId: string, supervisorOf: ReadonlyMap<string, string | null>): Set<string> {
  const above = new Set<string>();
  let current = supervisorOf.get(staffId) ?? null;
  while (current && !above.has(current) && current !== staffId) {
    above.add(current);
    current = supervisorOf.get(current) ?? null;
  }
  return above;
}

/** W8: two people share a chain of command when one supervises the other, directly or higher up. */
export function inChainOfCommand(a: string, b: string, supervisorOf: ReadonlyMap<string, string | null>): boolean {
  return a === b || supervisorsOf(a, supervisorOf).has(b) || supervisorsOf(b, supervisorOf).has(a);
}

export interface PeerCandidate {
  staffId: string;
  /** Open sessions already assigned: the least loaded peer is matched first. */
  load: number;
  certifications: readonly { issuedOn: string; expiresOn: string | null; revoked: boolean }[];
}

/**
 * W8: the peer matched to a requester: currently certified, outside the requester's chain of command,
 * least loaded first, then by id so the choice is deterministic (W12). Undefined when nobody fits.
 */
export function matchPeer(
  requesterId: string,
  candidates: readonly PeerCandidate[],
  supervisorOf: ReadonlyMap<string, string | null>,
  today: string,
): { peer?: string; decision: WellnessDecision } {
  const eligible = candidates
    .filter((c) => c.certifications.some((cert) => isCurrentCertification(cert, today)))
    .filter((c) => !inChainOfCommand(requesterId, c.staffId, supervisorOf))
    .sort((x, y) => x.load - y.load || x.staffId.localeCompare(y.staffId));
  if (eligible.length === 0) return { decision: deny(['W8'], 'no certified peer outside the chain of command is available') };
  return { peer: eligible[0].staffId, decision: allow(['W8'], 'certified peer outside the chain of command') };
}
