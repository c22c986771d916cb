import type { EntityManager } from 'typeorm';
import type { DecisionFacts } from '#consent';
import { namedQuery } from '#platform';
import { consentOf, grantOf, membershipOf, type ConsentFactsRow, type GrantFactsRow, type TeamMemberRow } from './facts.js';

/**
 * Everything decide() reads about a student in ONE statement (issue 16): one round trip in the
 * read's transaction (so RLS and the snapshot are the caller's), no entity hydration. The same
 * statement runs whether or not the student, or the record, exists (R10).
 *
 * It is a named prepared statement: parsed and planned once per pooled connection. Unprepared, its
 * parse and plan (four subqueries, four RLS policies) cost PostgreSQL as much as the four simple
 * queries it replaced, and the gate got no faster (bench/README.md, consent-read). RLS still holds:
 * the policies compare with current_setting(), read at each execution, never baked into the plan.
 *
 * Instants travel as epoch milliseconds (floor, as node-postgres truncates microseconds), never as
 * json timestamps: those carry the session TimeZone's offset, which Date.parse cannot always read.
 * DATE columns come as 'YYYY-MM-DD', as TypeORM gives them. Lists are ordered for determinism.
 */
const ms = (col: string) => `floor(extract(epoch FROM ${col}) * 1000)`;

export const FACTS_SQL = `
SELECT
  (SELECT json_build_object('dateOfBirth', s.date_of_birth, 'guardianIds', s.guardian_ids)
     FROM student s WHERE s.student_id = $1) AS student,
  (SELECT coalesce(json_agg(json_build_object(
            'id', c.id, 'studentId', c.student_id, 'signerRole', c.signer_role, 'signerId', c.signer_id,
            'signedAt', ${ms('c.signed_at')}, 'classes', c.classes, 'purposes', c.purposes, 'recipients', c.recipients,
            'effectiveFrom', ${ms('c.effective_from')}, 'expiresAt', ${ms('c.expires_at')}, 'revokedAt', ${ms('c.revoked_at')},
            'part2', c.part2, 'minorConsentBasis', c.minor_consent_basis)
          ORDER BY c.recorded_at, c.id), '[]')
     FROM consent c WHERE c.student_id = $1) AS consents,
  (SELECT coalesce(json_agg(json_build_object(
            'id', g.id, 'studentId', g.student_id, 'grantee', g.grantee, 'threat', g.threat, 'justification', g.justification,
            'issuedAt', ${ms('g.issued_at')}, 'expiresAt', ${ms('g.expires_at')}, 'recipients', g.recipients,
            'revokedAt', ${ms('g.revoked_at')})
          ORDER BY g.issued_at, g.id), '[]')
     FROM break_glass_grant g WHERE g.student_id = $1) AS grants,
  (SELECT coalesce(json_agg(json_build_object(
            'case_id', t.case_id, 'student_id', t.student_id, 'member_id', t.member_id, 'discipline', t.discipline,
            'added_at', ${ms('t.added_at')}, 'removed_at', ${ms('t.removed_at')})
          ORDER BY t.added_at, t.case_id, t.member_id, t.id), '[]')
     FROM threat_team_member t WHERE t.student_id = $1) AS team`;

/** Epoch ms as the json gives them (null for NULL). */
type Wire<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] extends Date ? number : number | null };

interface FactsRow {
  student: { dateOfBirth: string; guardianIds: string[] } | null;
  consents: Wire<ConsentFactsRow, 'signedAt' | 'effectiveFrom' | 'expiresAt' | 'revokedAt'>[];
  grants: Wire<GrantFactsRow, 'issuedAt' | 'expiresAt' | 'revokedAt'>[];
  team: Wire<TeamMemberRow, 'added_at' | 'removed_at'>[];
}

const at = (n: number) => new Date(n);
const atOrNull = (n: number | null) => (n === null ? null : new Date(n));

async function factsRow(em: EntityManager, studentId: string): Promise<FactsRow> {
  const runner = em.queryRunner;
  // Outside a transaction there is no connection of our own to prepare on: plain query.
  if (!runner || runner.isReleased) return ((await em.query(FACTS_SQL, [studentId])) as FactsRow[])[0]!;
  return (await namedQuery<FactsRow>(runner, 'support-plans.consent-gate-facts', FACTS_SQL, [studentId]))[0]!;
}

/** The facts about `studentId`, in exactly the shapes consentOf/grantOf/membershipOf give. */
export async function queryFacts(em: EntityManager, studentId: string): Promise<Omit<DecisionFacts, 'record' | 'policy'>> {
  const { student, consents, grants, team } = await factsRow(em, studentId);
  return {
    // Unknown to the SIS: no date of birth, no guardians, so no consent can be checked (fail closed, R4).
    student: student ? { studentId, dateOfBirth: student.dateOfBirth, guardianIds: student.guardianIds } : { studentId, dateOfBirth: '', guardianIds: [] },
    consents: consents.map((c) =>
      consentOf({ ...c, signedAt: at(c.signedAt), effectiveFrom: at(c.effectiveFrom), expiresAt: at(c.expiresAt), revokedAt: atOrNull(c.revokedAt) }),
    ),
    grants: grants.map((g) => grantOf({ ...g, issuedAt: at(g.issuedAt), expiresAt: at(g.expiresAt), revokedAt: atOrNull(g.revokedAt) })),
    teamMemberships: team.map((t) => membershipOf({ ...t, added_at: at(t.added_at), removed_at: atOrNull(t.removed_at) })),
  };
}
