import { DataSource, type EntityManager } from 'typeorm';
import type { DecisionFacts } from '#consent';
import { startTestService, type TestService } from '#testing';
import { BreakGlassGrantRecord } from '../src/break-the-glass/data/break-glass-grant.entity.js';
import { ConsentRecord } from '../src/consents/data/consent.entity.js';
import { FACTS_SQL, queryFacts } from '../src/consent-gate/data/facts-query.js';
import { consentOf, grantOf, membershipOf, type TeamMemberRow } from '../src/consent-gate/data/facts.js';
import { Student } from '../src/students/data/student.entity.js';
import { supportPlansDefinition } from '../src/support-plans.definition.js';

/**
 * Issue 16: the gate's facts come from one statement. This pins it to what the four queries it
 * replaced gave (kept here only for the comparison), field for field: dates, instants, NULLs, arrays, jsonb.
 */
async function fourQueryFacts(em: EntityManager, studentId: string): Promise<Omit<DecisionFacts, 'record' | 'policy'>> {
  const student = await em.findOneBy(Student, { studentId });
  const consents = await em.findBy(ConsentRecord, { studentId });
  const grants = await em.findBy(BreakGlassGrantRecord, { studentId });
  const team = (await em.query(
    `SELECT case_id, student_id, member_id, discipline, added_at, removed_at FROM threat_team_member WHERE student_id = $1`,
    [studentId],
  )) as TeamMemberRow[];
  return {
    student: student ? { studentId, dateOfBirth: student.dateOfBirth, guardianIds: student.guardianIds } : { studentId, dateOfBirth: '', guardianIds: [] },
    consents: consents.map(consentOf),
    grants: grants.map(grantOf),
    teamMemberships: team.map(membershipOf),
  };
}

/** The old queries had no ORDER BY: compare as sets. */
const sorted = (f: Omit<DecisionFacts, 'record' | 'policy'>) => ({
  ...f,
  consents: [...f.consents].sort((a, b) => a.id.localeCompare(b.id)),
  grants: [...f.grants].sort((a, b) => a.id.localeCompare(b.id)),
  teamMemberships: [...f.teamMemberships].sort((a, b) => `${a.caseId}${a.memberId}${a.from?.getTime()}`.localeCompare(`${b.caseId}${b.memberId}${b.from?.getTime()}`)),
});

const RICH = 'S1600001';
const BARE = 'S1600002'; // registered, nothing else
const UNKNOWN = 'S1600009'; // unknown to the SIS
const C = (n: number) => `16000000-0000-4000-8000-00000000000${n}`;
const G = (n: number) => `16000000-0000-4000-8000-0000000000a${n}`;

describe('support-plans: the consent gate facts in one statement (issue 16)', () => {
  let svc: TestService;
  let ds: DataSource;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    ds = svc.db;
    await ds.query(`INSERT INTO student (student_id, date_of_birth, guardian_ids, updated_at, updated_by) VALUES ($1, '2009-12-31', '{g-1,g-2}', now(), 'sis')`, [RICH]);
    await ds.query(`INSERT INTO student (student_id, date_of_birth, guardian_ids, updated_at, updated_by) VALUES ($1, '2012-01-01', '{}', now(), 'sis')`, [BARE]);
    const consent = (id: string, extra: Record<string, string | null>) => {
      const row: Record<string, string | null> = {
        id, student_id: RICH, signer_role: 'guardian', signer_id: 'g-1', signed_at: '2026-03-09T15:00:00.123456Z', classes: '{EDU-CLIN,EDU-SAFETY}',
        purposes: '{co-response,treatment}', recipients: '[{"unit":"police"},{"role":"officer","id":"officer-7"}]',
        effective_from: '2026-03-09T15:00:00Z', expires_at: '2027-03-09T15:00:00.999999Z', recorded_by: 'clinician-1', recorded_at: '2026-03-09T15:00:01Z',
        ...extra,
      };
      const cols = Object.keys(row);
      return ds.query(`INSERT INTO consent (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`, Object.values(row));
    };
    await consent(C(1), {}); // in force
    await consent(C(2), { expires_at: '2026-01-01T00:00:00Z', effective_from: '2025-01-01T00:00:00Z', signed_at: '1999-12-31T23:59:59.999999Z', recorded_at: '2025-01-01T00:00:00Z' }); // expired; pre-epoch-ish instant
    await consent(C(3), { revoked_at: '2026-03-10T08:30:00.000500Z', revoked_by: 'g-1', revocation_reason: 'changed mind', signer_id: 'g-2' }); // revoked
    await consent(C(4), {
      signer_role: 'minor-self', signer_id: RICH, classes: '{SUD}', purposes: '{treatment}', minor_consent_basis: 'chemical-addiction',
      recipients: '[{"unit":"clinical"}]',
      part2: JSON.stringify({ patientName: 'A. Student', discloser: 'Clinic X', recipientsNamed: ['Dr. B'], purposeMinimumNecessary: true, revocationStatement: true, expiry: { at: '2026-12-31T00:00:00.000Z', event: 'end of treatment' }, signature: { name: 'A. Student', signedAt: '2026-03-09T15:00:00.000Z' } }),
    }); // Part 2, minor's own consent
    await consent(C(5), { part2: JSON.stringify({ patientName: 'A. Student', expiry: { event: 'discharge' } }), classes: '{SUD}' }); // Part 2, no dated expiry, no signature
    const grant = (id: string, revoked: string | null, issued: string, expires: string) =>
      ds.query(
        `INSERT INTO break_glass_grant (id, student_id, grantee, grantee_role, threat, justification, recipients, issued_at, expires_at, revoked_at, ended_by, ended_by_role, end_reason)
         VALUES ($1, $2, 'officer-9', 'officer', 'weapon on campus', 'imminent', '[{"unit":"police"}]', $3, $4, $5::timestamptz,
                 CASE WHEN $5::timestamptz IS NULL THEN NULL ELSE 'admin-1' END, CASE WHEN $5::timestamptz IS NULL THEN NULL ELSE 'admin' END, CASE WHEN $5::timestamptz IS NULL THEN NULL ELSE 'over' END)`,
        [id, RICH, issued, expires, revoked],
      );
    await grant(G(1), null, '2026-03-10T14:00:00.000001Z', '2026-03-10T18:00:00Z');
    await grant(G(2), '2026-03-02T01:00:00.5Z', '2026-03-02T00:00:00Z', '2026-03-02T04:00:00Z');
    const [tc] = await ds.query(
      `INSERT INTO threat_case (student_id, campus_id, origin, tip_id, opened_by, opened_at) VALUES ($1, 'campus-ms-02', 'tip', gen_random_uuid(), 'c-1', '2026-03-01T00:00:00Z') RETURNING id`,
      [RICH],
    );
    for (const [member, discipline, added, removed] of [
      ['officer-9', 'police', '2026-03-01T00:00:00.000999Z', null],
      ['clinician-1', 'clinician', '2026-03-01T00:00:00Z', '2026-03-05T12:00:00.25Z'],
      ['officer-9', 'police', '2026-02-01T00:00:00Z', '2026-02-15T00:00:00Z'],
    ] as const) {
      await ds.query(
        `INSERT INTO threat_team_member (case_id, student_id, member_id, discipline, added_at, added_by, removed_at, removed_by) VALUES ($1, $2, $3, $4, $5, 'c-1', $6, $7)`,
        [tc.id, RICH, member, discipline, added, removed, removed && 'c-1'],
      );
    }
  });
  afterAll(() => svc?.close());

  it('gives deep-equal facts to the four queries it replaced, for a rich, a bare and an unknown student', async () => {
    for (const studentId of [RICH, BARE, UNKNOWN]) {
      const [before, after] = await ds.transaction(async (em) => [await fourQueryFacts(em, studentId), await queryFacts(em, studentId)]);
      expect(sorted(after)).toStrictEqual(sorted(before));
    }
    const rich = await ds.transaction((em) => queryFacts(em, RICH));
    expect(rich.consents).toHaveLength(5);
    expect(rich.grants).toHaveLength(2);
    expect(rich.teamMemberships).toHaveLength(3);
  });

  it('whatever the session time zone (json renders instants in it)', async () => {
    const [before, after] = await ds.transaction(async (em) => {
      await em.query(`SET LOCAL TimeZone = 'Asia/Kathmandu'`);
      return [await fourQueryFacts(em, RICH), await queryFacts(em, RICH)];
    });
    expect(sorted(after)).toStrictEqual(sorted(before));
  });

  it('hand-checked: DATE stays a string, instants are Dates truncated to the ms, NULLs and jsonb as stored, lists in a fixed order', async () => {
    const f = await ds.transaction((em) => queryFacts(em, RICH));
    expect(f.student).toStrictEqual({ studentId: RICH, dateOfBirth: '2009-12-31', guardianIds: ['g-1', 'g-2'] });
    expect(f.consents.map((c) => c.id)).toEqual([C(2), C(1), C(3), C(4), C(5)]); // recorded_at, then id
    const [expired, inForce, revoked, sud, sudNoDate] = f.consents;
    expect(inForce).toStrictEqual({
      id: C(1), studentId: RICH, signer: { role: 'guardian', id: 'g-1', signedAt: new Date('2026-03-09T15:00:00.123Z') },
      classes: ['EDU-CLIN', 'EDU-SAFETY'], purposes: ['co-response', 'treatment'], recipients: [{ unit: 'police' }, { role: 'officer', id: 'officer-7' }],
      effectiveFrom: new Date('2026-03-09T15:00:00Z'), expiresAt: new Date('2027-03-09T15:00:00.999Z'), revokedAt: null, part2: undefined,
    });
    expect(expired!.signer.signedAt).toEqual(new Date('1999-12-31T23:59:59.999Z'));
    expect(revoked!.revokedAt).toEqual(new Date('2026-03-10T08:30:00.000Z'));
    expect(sud).toMatchObject({ minorConsentBasis: 'chemical-addiction', part2: { expiry: { at: new Date('2026-12-31T00:00:00Z'), event: 'end of treatment' }, signature: { name: 'A. Student', signedAt: new Date('2026-03-09T15:00:00Z') } } });
    expect(sudNoDate!.part2).toStrictEqual({ patientName: 'A. Student', expiry: { at: undefined, event: 'discharge' }, signature: undefined });
    expect(f.grants.map((g) => [g.id, g.revokedAt])).toEqual([[G(2), new Date('2026-03-02T01:00:00.5Z')], [G(1), null]]);
    expect(f.teamMemberships.map((t) => [t.memberId, t.from, t.until])).toEqual([
      ['officer-9', new Date('2026-02-01T00:00:00Z'), new Date('2026-02-15T00:00:00Z')],
      ['clinician-1', new Date('2026-03-01T00:00:00Z'), new Date('2026-03-05T12:00:00.25Z')],
      ['officer-9', new Date('2026-03-01T00:00:00Z'), null],
    ]);
  });

  it('R10: one statement, the same one, for a known and an unknown student, prepared on the transaction\'s connection', async () => {
    const seen: unknown[] = [];
    await ds.transaction(async (em) => {
      const client = (await em.queryRunner!.connect()) as { query: (...a: unknown[]) => Promise<unknown> };
      const query = client.query;
      client.query = (...a: unknown[]) => (seen.push(a[0]), query.apply(client, a));
      try {
        await queryFacts(em, RICH);
        await queryFacts(em, UNKNOWN);
      } finally {
        client.query = query;
      }
    });
    const name = 'support-plans.consent-gate-facts';
    expect(seen).toEqual([{ name, text: FACTS_SQL, values: [RICH] }, { name, text: FACTS_SQL, values: [UNKNOWN] }]);
  });

  it('outside a transaction too (plain statement), with the same facts', async () => {
    const inTx = await ds.transaction((em) => queryFacts(em, RICH));
    expect(await queryFacts(ds.manager, RICH)).toStrictEqual(inTx);
  });
});
