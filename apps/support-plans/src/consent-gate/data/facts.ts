import type { BreakGlassGrant, Consent, Part2Elements, TeamMembership } from '#consent';
import type { BreakGlassGrantRecord } from '../../break-the-glass/data/break-glass-grant.entity.js';
import type { ConsentRecord, StoredPart2 } from '../../consents/data/consent.entity.js';

/** Stored rows → the plain facts libs/consent reads. */

const date = (iso: string | undefined) => (iso === undefined ? undefined : new Date(iso));

export function part2Of(stored: StoredPart2 | null): Part2Elements | undefined {
  if (!stored) return undefined;
  return {
    ...stored,
    expiry: stored.expiry && { at: date(stored.expiry.at), event: stored.expiry.event },
    signature: stored.signature && { name: stored.signature.name, signedAt: new Date(stored.signature.signedAt) },
  };
}

/** The columns consentOf reads (the entity, or the facts query's row). */
export type ConsentFactsRow = Pick<
  ConsentRecord,
  'id' | 'studentId' | 'signerRole' | 'signerId' | 'signedAt' | 'classes' | 'purposes' | 'recipients' | 'effectiveFrom' | 'expiresAt' | 'revokedAt' | 'part2' | 'minorConsentBasis'
>;

export function consentOf(row: ConsentFactsRow): Consent {
  return {
    id: row.id,
    studentId: row.studentId,
    signer: { role: row.signerRole, id: row.signerId, signedAt: row.signedAt },
    classes: row.classes,
    purposes: row.purposes,
    recipients: row.recipients,
    effectiveFrom: row.effectiveFrom,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    part2: part2Of(row.part2),
    ...(row.minorConsentBasis ? { minorConsentBasis: row.minorConsentBasis } : {}),
  };
}

/** The columns grantOf reads (the entity, or the facts query's row). */
export type GrantFactsRow = Pick<
  BreakGlassGrantRecord,
  'id' | 'studentId' | 'grantee' | 'threat' | 'justification' | 'issuedAt' | 'expiresAt' | 'recipients' | 'revokedAt'
>;

export function grantOf(row: GrantFactsRow): BreakGlassGrant {
  return {
    id: row.id,
    studentId: row.studentId,
    grantee: row.grantee,
    threat: row.threat,
    justification: row.justification,
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    recipients: row.recipients,
    revokedAt: row.revokedAt,
  };
}

export interface TeamMemberRow {
  case_id: string;
  student_id: string;
  member_id: string;
  discipline: TeamMembership['discipline'];
  added_at: Date;
  removed_at: Date | null;
}

export function membershipOf(row: TeamMemberRow): TeamMembership {
  return {
    caseId: row.case_id,
    studentId: row.student_id,
    memberId: row.member_id,
    discipline: row.discipline,
    from: row.added_at,
    until: row.removed_at,
  };
}
