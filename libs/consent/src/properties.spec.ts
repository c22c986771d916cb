import {
  consentStatus,
  decide,
  DEFAULT_POLICY,
  fieldsOf,
  missingPart2Elements,
  names,
  NOT_FOUND,
  callerView,
  PART2_ELEMENTS,
  PURPOSES,
  RECORD_CLASSES,
  RECORD_TYPES,
  redact,
  UNIT_OF_ROLE,
  UNIT_PURPOSES,
  type AccessRequest,
  type BreakGlassGrant,
  type Consent,
  type DecisionFacts,
  type RecipientRef,
  type RecipientRole,
  type RecordClass,
  type RecordType,
  type TeamMembership,
} from './index.js';
import { fullPart2, NOW } from '../test/fixtures.js';

/*
 * Property-based tests over generated roles × record classes × consents × purposes × grants × teams.
 *
 * >>> STAND-IN GENERATOR: fast-check is not installed (package.json is not ours to edit), so this
 * >>> file carries a tiny seeded generator (mulberry32). Swap in fast-check later: each `gen*`
 * >>> below maps to an fc arbitrary, and `forAll` to fc.assert(fc.property(...)). The seed is
 * >>> printed on failure so a counterexample replays exactly.
 */
type Rng = () => number;
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const some = <T>(r: Rng, xs: readonly T[], p = 0.4): T[] => xs.filter(() => r() < p);
const chance = (r: Rng, p: number) => r() < p;
const HOUR = 3_600_000;
const near = (r: Rng) => new Date(NOW.getTime() + pick(r, [-1, 0, 1, -HOUR, HOUR, -30 * 24 * HOUR, 30 * 24 * HOUR]));

const STUDENTS = ['S1', 'S2'];
const PEOPLE: { id: string; role: RecipientRole }[] = [
  { id: 'o-1', role: 'officer' },
  { id: 'o-2', role: 'officer' },
  { id: 'pc-1', role: 'police-chief' },
  { id: 'c-1', role: 'clinician' },
  { id: 'c-2', role: 'clinician' },
  { id: 'bh-1', role: 'bh-director' },
  { id: 'a-1', role: 'admin' },
  { id: 'an-1', role: 'analyst' },
  { id: 'g-1', role: 'parent' },
  { id: 'S1', role: 'student' },
];
const ROLES = Object.keys(UNIT_OF_ROLE) as RecipientRole[];
const UNITS = [...new Set(Object.values(UNIT_OF_ROLE))];
const RECORD_TYPE_NAMES = Object.keys(RECORD_TYPES) as RecordType[];

const genRef = (r: Rng): RecipientRef =>
  pick(r, [() => ({ unit: pick(r, UNITS) }), () => ({ role: pick(r, ROLES) }), () => ({ personId: pick(r, PEOPLE).id })])();

/** A recipient reference that names this person (by unit, role or id), or a random one. */
const refFor = (r: Rng, p: { id: string; role: RecipientRole }): RecipientRef =>
  chance(r, 0.7) ? pick(r, [{ unit: UNIT_OF_ROLE[p.role] }, { role: p.role }, { personId: p.id }]) : genRef(r);

/** Mostly aimed at the request (so valid consents occur), then often broken in one random way. */
function genConsent(r: Rng, i: number, req: AccessRequest): Consent {
  const aimed = chance(r, 0.7);
  const signerRole = aimed ? 'guardian' : pick(r, ['guardian', 'student', 'minor-self'] as const);
  const part2 = chance(r, 0.6) ? fullPart2(chance(r, 0.4) ? { [pick(r, PART2_ELEMENTS)]: undefined } : {}) : undefined;
  const c: Consent = {
    id: `consent-${i}`,
    studentId: aimed ? req.studentId : pick(r, STUDENTS),
    signer: { role: signerRole, id: signerRole === 'guardian' ? (aimed ? 'g-1' : pick(r, ['g-1', 'g-9'])) : 'S1', signedAt: aimed ? new Date(NOW.getTime() - 24 * HOUR) : near(r) },
    classes: aimed ? [...new Set([pick(r, ['SUD', 'EDU-CLIN', 'EDU-SAFETY', 'PSY-NOTE'] as const), ...some(r, RECORD_CLASSES, 0.4)])] : some(r, RECORD_CLASSES, 0.5),
    purposes: aimed ? [...new Set([req.purpose, ...some(r, PURPOSES, 0.2)])] : some(r, PURPOSES, 0.4),
    recipients: Array.from({ length: 1 + Math.floor(r() * 2) }, () => refFor(r, req.requester)),
    effectiveFrom: aimed ? new Date(NOW.getTime() - 24 * HOUR) : near(r),
    expiresAt: aimed ? new Date(NOW.getTime() + 24 * HOUR) : chance(r, 0.9) ? near(r) : null,
    revokedAt: chance(r, 0.2) ? near(r) : undefined,
    part2,
    minorConsentBasis: chance(r, 0.3) ? pick(r, ['chemical-addiction', 'suicide-prevention', 'abuse'] as const) : undefined,
  };
  if (aimed && chance(r, 0.3)) c.expiresAt = pick(r, [NOW, new Date(NOW.getTime() - 1), new Date(NOW.getTime() + 1)]);
  return c;
}

function genGrant(r: Rng, i: number, req: AccessRequest): BreakGlassGrant {
  const aimed = chance(r, 0.6);
  return {
    id: `btg-${i}`,
    studentId: aimed ? req.studentId : pick(r, STUDENTS),
    grantee: aimed ? req.requester.id : pick(r, PEOPLE).id,
    threat: chance(r, 0.8) ? 'a specific threat of violence today' : '',
    justification: chance(r, 0.8) ? 'responders need the safety plan' : '',
    issuedAt: aimed ? new Date(NOW.getTime() - HOUR) : near(r),
    expiresAt: aimed ? pick(r, [NOW, new Date(NOW.getTime() + HOUR), new Date(NOW.getTime() + 1)]) : near(r),
    recipients: some(r, [refFor(r, req.requester), genRef(r)], 0.5),
  };
}

function genMemberships(r: Rng, req: AccessRequest): TeamMembership[] {
  const disciplines = ['police', 'clinician', 'administrator'] as const;
  if (chance(r, 0.5)) {
    const caseId = pick(r, ['case-1', 'case-2']);
    const of = (memberId: string, discipline: (typeof disciplines)[number]) => ({ caseId, studentId: req.studentId, memberId, discipline });
    const members = [of('o-1', 'police'), of('c-1', 'clinician'), of('a-1', 'administrator'), of(req.requester.id, pick(r, disciplines))];
    return members.filter(() => chance(r, 0.9));
  }
  return PEOPLE.filter(() => chance(r, 0.4)).map((p) => ({
    caseId: pick(r, ['case-1', 'case-2']),
    studentId: pick(r, STUDENTS),
    memberId: p.id,
    discipline: pick(r, disciplines),
  }));
}

function genCase(r: Rng): { request: AccessRequest; facts: DecisionFacts; record: Record<string, unknown> } {
  // A quarter of the cases aim at the boundary that matters most: police asking for records holding SUD.
  const aimed = chance(r, 0.25);
  const recordType = aimed ? pick(r, ['referral', 'threat-assessment'] as const) : pick(r, RECORD_TYPE_NAMES);
  const fields = fieldsOf(recordType);
  const record: Record<string, unknown> = Object.fromEntries(fields.map((f) => [f, `${f}-value`]));
  record.extraUnlabelled = 'secret';
  const person = aimed ? pick(r, PEOPLE.filter((p) => UNIT_OF_ROLE[p.role] === 'police')) : pick(r, PEOPLE);
  const studentId = 'S1';
  const request: AccessRequest = {
    requester: { ...person, clinicalSupervisor: chance(r, 0.2) },
    studentId,
    recordType,
    purpose: chance(r, 0.6) ? pick(r, UNIT_PURPOSES[UNIT_OF_ROLE[person.role]]) : pick(r, PURPOSES),
    fields: chance(r, 0.5) ? undefined : [...some(r, fields, 0.5), ...(chance(r, 0.3) ? ['extraUnlabelled'] : [])],
    caseId: chance(r, 0.5) ? pick(r, ['case-1', 'case-2']) : undefined,
  };
  return {
    request,
    facts: {
      record: chance(r, 0.95)
        ? {
            studentId: chance(r, 0.95) ? studentId : 'S2',
            authorId: chance(r, 0.5) ? pick(r, PEOPLE).id : undefined,
            caseId: chance(r, 0.7) ? pick(r, ['case-1', 'case-2']) : undefined,
            minorTreatmentBasis: chance(r, 0.2) ? 'chemical-addiction' : undefined,
          }
        : null,
      student: { studentId, dateOfBirth: pick(r, ['2010-06-01', '2010-06-01', '2008-03-10', '2000-01-01', '']), guardianIds: ['g-1'] },
      consents: Array.from({ length: Math.floor(r() * 4) }, (_, i) => genConsent(r, i, request)),
      grants: Array.from({ length: Math.floor(r() * 3) }, (_, i) => genGrant(r, i, request)),
      teamMemberships: genMemberships(r, request),
      policy: DEFAULT_POLICY,
    },
    record,
  };
}

const SEED = 20260310;
const RUNS = 3000;

function forAll(property: (c: ReturnType<typeof genCase>) => void) {
  const r = mulberry32(SEED);
  for (let run = 0; run < RUNS; run++) {
    const c = genCase(r);
    try {
      property(c);
    } catch (err) {
      throw new Error(`property failed at run ${run} (seed ${SEED}):\n${JSON.stringify(c.request)}\n${(err as Error).message}`);
    }
  }
}

const classesShown = (recordType: RecordType, fields: string[]): Set<RecordClass> =>
  new Set(fields.map((f) => (RECORD_TYPES[recordType].fields as Record<string, { class: RecordClass }>)[f].class));

describe('properties (R3, R5, R6, R10, R12, R13) over generated requests', () => {
  it('R3: the police unit never receives PSY-NOTE', () => {
    forAll(({ request, facts }) => {
      if (UNIT_OF_ROLE[request.requester.role] !== 'police') return;
      expect(classesShown(request.recordType, decide(request, facts, NOW).fields).has('PSY-NOTE')).toBe(false);
    });
  });

  it('R5: the police unit receives SUD only under a complete Part 2 consent in force naming them, never for investigation', () => {
    forAll(({ request, facts }) => {
      if (UNIT_OF_ROLE[request.requester.role] !== 'police') return;
      const d = decide(request, facts, NOW);
      if (!classesShown(request.recordType, d.fields).has('SUD')) return;
      expect(request.purpose).not.toBe('investigation');
      const party = { id: request.requester.id, unit: 'police' as const, role: request.requester.role };
      const enabling = facts.consents.filter(
        (c) =>
          c.studentId === request.studentId &&
          c.classes.includes('SUD') &&
          c.purposes.includes(request.purpose) &&
          names(c.recipients, party) &&
          missingPart2Elements(c).length === 0 &&
          consentStatus(c, NOW) === 'in-force',
      );
      expect(enabling.map((c) => c.id)).toContain(d.basis?.id);
      expect(d.notices).toEqual([DEFAULT_POLICY.part2RedisclosureNotice]);
      expect(d.redisclosure).toBe('prohibited');
    });
  });

  it('redact: no field outside decision.fields survives, and every kept value is the original', () => {
    forAll(({ request, facts, record }) => {
      const d = decide(request, facts, NOW);
      const out = redact(record, d);
      for (const k of Object.keys(out)) expect(d.fields).toContain(k);
      for (const [k, v] of Object.entries(out)) expect(v).toBe(record[k]);
      expect(out).not.toHaveProperty('extraUnlabelled');
      if (!d.allow) expect(out).toEqual({});
    });
  });

  it('R6: an emergency basis never covers PSY-NOTE or SUD', () => {
    forAll(({ request, facts }) => {
      const d = decide(request, facts, NOW);
      for (const [cls, basis] of Object.entries(d.bases ?? {})) if (basis.kind === 'emergency') expect(['EDU-SAFETY', 'EDU-CLIN']).toContain(cls);
    });
  });

  it('R10: every denial is NOT_FOUND to the caller; a visible record shows more than directory fields', () => {
    forAll(({ request, facts }) => {
      const d = decide(request, facts, NOW);
      if (!d.allow) {
        expect(callerView(d)).toBe(NOT_FOUND);
        expect(d.fields).toEqual([]);
      }
      if (!facts.record || facts.record.studentId !== request.studentId) expect(d.allow).toBe(false);
    });
  });

  it('R12: the data team never receives an identifiable record', () => {
    forAll(({ request, facts }) => {
      if (request.requester.role === 'analyst') expect(decide(request, facts, NOW).allow).toBe(false);
    });
  });

  it('R13: deterministic, explained, and only labelled fields of the record type', () => {
    forAll(({ request, facts }) => {
      const d = decide(request, facts, NOW);
      expect(decide(request, facts, NOW)).toEqual(d);
      expect(d.ruleIds.length).toBeGreaterThan(0);
      expect(d.reason.length).toBeGreaterThan(0);
      for (const f of d.fields) expect(fieldsOf(request.recordType)).toContain(f);
    });
  });
});

describe('the stand-in generator reaches the interesting cases (else the properties above prove little)', () => {
  it('produces police SUD disclosures, emergency and team bases, and denials', () => {
    const seen = { policeSud: 0, emergency: 0, team: 0, consent: 0, denied: 0, allowed: 0 };
    forAll(({ request, facts }) => {
      const d = decide(request, facts, NOW);
      if (!d.allow) seen.denied++;
      else seen.allowed++;
      if (UNIT_OF_ROLE[request.requester.role] === 'police' && classesShown(request.recordType, d.fields).has('SUD')) seen.policeSud++;
      for (const b of Object.values(d.bases ?? {})) if (b.kind === 'emergency' || b.kind === 'team' || b.kind === 'consent') seen[b.kind]++;
    });
    for (const [what, n] of Object.entries(seen)) expect({ what, enough: n >= 10 }).toEqual({ what, enough: true });
  });
});
