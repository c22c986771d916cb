import type { Basis, BreakGlassGrant, Consent, RecordClass, StudentFacts } from '#consent';

const HOURS_14 = 14 * 3_600_000;

/**
 * When the earliest basis of a projection ends: a consent's expiry (and its Part 2 expiry for SUD),
 * a grant's end, or, for a guardian's consent, the student's 18th birthday (R4: it lapses then).
 * The birthday is taken 14 h before UTC midnight, the earliest local midnight anywhere, so the
 * police side stops showing the data at the latest when the consent lapses, never after.
 */
export function validUntil(
  bases: Partial<Record<RecordClass, Basis>>,
  consents: readonly Consent[],
  grants: readonly BreakGlassGrant[],
  student: StudentFacts,
): Date {
  const ends: number[] = [];
  for (const [cls, basis] of Object.entries(bases) as [RecordClass, Basis][]) {
    if (basis.kind === 'consent') {
      const c = consents.find((x) => x.id === basis.id)!;
      if (c.expiresAt) ends.push(c.expiresAt.getTime());
      if (cls === 'SUD' && c.part2?.expiry?.at) ends.push(c.part2.expiry.at.getTime());
      if (c.signer.role === 'guardian') ends.push(eighteenthBirthdayBound(student.dateOfBirth));
    } else if (basis.kind === 'emergency') {
      const g = grants.find((x) => x.id === basis.id)!;
      ends.push(g.expiresAt.getTime());
    }
  }
  const finite = ends.filter(Number.isFinite);
  return new Date(finite.length ? Math.min(...finite) : Number.NaN);
}

function eighteenthBirthdayBound(dateOfBirth: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfBirth);
  return m ? Date.UTC(Number(m[1]) + 18, Number(m[2]) - 1, Number(m[3])) - HOURS_14 : Number.NaN;
}
