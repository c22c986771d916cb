import fc from 'fast-check';
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
  reached,
  RECORD_CLASSES,
  RECORD_TYPES,
  redact,
  UNIT_OF_ROLE,
  UNIT_PURPOSES,
  type AccessRequest,
  type BreakGlassGrant,
  type Consent,
  type DecisionFacts,
  type Discipline,
  type MinorConsentBasis,
  type Part2Elements,
  type RecipientRef,
  type RecipientRole,
  type RecordClass,
  type RecordType,
  type TeamMembership,
} from './index.js';
import { at, DAY, fullPart2, HOUR, NOW } from '../test/fixtures.js';

/*
 * Property-based tests (fast-check) over generated roles × record classes × consents × purposes ×
 * break-the-glass grants × team memberships. Generation leans towards requests that can succeed
 * (aimed consents and grants) and then breaks them, so the properties see allows as well as denials.
 */

// Fixed seed: a failure replays exactly. About 3.5 s for the whole file on 2 cores.
const RUN = { seed: 42, numRuns: 3000 } as const;

interface Person {
  id: string;
  role: RecipientRole;
}
const PEOPLE: readonly Person[] = [
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
const POLICE = PEOPLE.filter((p) => UNIT_OF_ROLE[p.role] === 'police');
const ANALYSTS = PEOPLE.filter((p) => p.role === 'analyst');
const STUDENTS = ['S1', 'S2'];
const CASES = ['case-1', 'case-2'];
const ROLES = Object.keys(UNIT_OF_ROLE) as RecipientRole[];
const UNITS = [...new Set(Object.values(UNIT_OF_ROLE))];
const RECORD_TYPE_NAMES = Object.keys(RECORD_TYPES) as RecordType[];
/** The record types that hold SUD fields: where the police/Part 2 boundary is. */
const SUD_TYPES: RecordType[] = ['referral', 'threat-assessment'];
const DISCIPLINES: Discipline[] = ['police', 'clinician', 'administrator'];
const MINOR_BASES: MinorConsentBasis[] = ['chemical-addiction', 'suicide-prevention', 'abuse'];

/** `arb` with probability p, else `otherwise` (shrinks towards `otherwise`). */
const sometimes = <T, U = undefined>(p: number, arb: fc.Arbitrary<T>, otherwise?: U): fc.Arbitrary<T | U> =>
  fc.oneof({ weight: Math.round((1 - p) * 100), arbitrary: fc.constant(otherwise as U) }, { weight: Math.round(p * 100), arbitrary: arb });
const chance = (p: number) => sometimes(p, fc.constant(true), false);

// Instants on both sides of NOW, including the half-open edges (R4, R6, R9).
const nearArb = fc.constantFrom(-1, 0, 1, -HOUR, HOUR, -30 * DAY, 30 * DAY).map(at);
const edgeArb = fc.constantFrom(0, -1, 1).map(at);

const refArb: fc.Arbitrary<RecipientRef> = fc.oneof(
  fc.constantFrom(...UNITS).map((unit) => ({ unit })),
  fc.constantFrom(...ROLES).map((role) => ({ role })),
  fc.constantFrom(...PEOPLE).map((p) => ({ personId: p.id })),
);
/** Mostly a reference naming this person (by unit, role or id). */
const refForArb = (p: Person): fc.Arbitrary<RecipientRef> =>
  fc.oneof(
    { weight: 7, arbitrary: fc.constantFrom<RecipientRef>({ unit: UNIT_OF_ROLE[p.role] }, { role: p.role }, { personId: p.id }) },
    { weight: 3, arbitrary: refArb },
  );

// How each Part 2 element can be present but useless.
const BLANK_PART2: Required<Part2Elements> = {
  patientName: ' ',
  discloser: '',
  sudDescription: '',
  recipientsNamed: [' '],
  purposeMinimumNecessary: false,
  revocationStatement: false,
  expiry: {},
  signature: { name: '', signedAt: at(-DAY) },
};
const part2Arb: fc.Arbitrary<Part2Elements | undefined> = sometimes(
  0.6,
  fc
    .record({
      broken: sometimes(0.4, fc.subarray([...PART2_ELEMENTS], { minLength: 1, maxLength: 2 }), [] as (keyof Part2Elements)[]),
      blank: fc.boolean(),
      expiry: sometimes(0.2, nearArb, at(30 * DAY)),
    })
    .map(({ broken, blank, expiry }) =>
      fullPart2({ expiry: { at: expiry }, ...Object.fromEntries(broken.map((k) => [k, blank ? BLANK_PART2[k] : undefined])) }),
    ),
);

/** Aimed at the request (so valid consents occur), then often broken: edge expiry, revocation, Part 2 gaps. */
const aimedConsentArb = (req: AccessRequest): fc.Arbitrary<Omit<Consent, 'id'>> =>
  fc.record({
    studentId: fc.constant(req.studentId),
    signer: fc.constant({ role: 'guardian' as const, id: 'g-1', signedAt: at(-DAY) }),
    classes: fc
      .tuple(fc.constantFrom<RecordClass>('SUD', 'EDU-CLIN', 'EDU-SAFETY', 'PSY-NOTE'), fc.subarray([...RECORD_CLASSES], { maxLength: 3 }))
      .map(([cls, more]) => [...new Set([cls, ...more])]),
    purposes: fc.subarray([...PURPOSES], { maxLength: 2 }).map((more) => [...new Set([req.purpose, ...more])]),
    recipients: fc.array(refForArb(req.requester), { minLength: 1, maxLength: 2 }),
    effectiveFrom: fc.constant(at(-DAY)),
    expiresAt: sometimes(0.3, edgeArb, at(DAY)),
    revokedAt: sometimes(0.2, nearArb),
    part2: part2Arb,
    minorConsentBasis: sometimes(0.3, fc.constantFrom(...MINOR_BASES)),
  });

/** Anything: other students, any signer (guardian, stranger, student, minor-self), any period. */
const wildConsentArb = (req: AccessRequest): fc.Arbitrary<Omit<Consent, 'id'>> =>
  fc.record({
    studentId: fc.constantFrom(...STUDENTS),
    signer: fc
      .record({ role: fc.constantFrom('guardian' as const, 'student' as const, 'minor-self' as const), guardian: fc.constantFrom('g-1', 'g-9'), signedAt: nearArb })
      .map(({ role, guardian, signedAt }) => ({ role, id: role === 'guardian' ? guardian : 'S1', signedAt })),
    classes: fc.subarray([...RECORD_CLASSES]),
    purposes: fc.subarray([...PURPOSES], { maxLength: 4 }),
    recipients: fc.array(refForArb(req.requester), { minLength: 1, maxLength: 2 }),
    effectiveFrom: nearArb,
    expiresAt: sometimes(0.9, nearArb, null),
    revokedAt: sometimes(0.2, nearArb),
    part2: part2Arb,
    minorConsentBasis: sometimes(0.3, fc.constantFrom(...MINOR_BASES)),
  });

const consentsArb = (req: AccessRequest): fc.Arbitrary<Consent[]> =>
  fc
    .array(fc.oneof({ weight: 7, arbitrary: aimedConsentArb(req) }, { weight: 3, arbitrary: wildConsentArb(req) }), { maxLength: 3 })
    .map((cs) => cs.map((c, i) => ({ id: `consent-${i}`, ...c })));

const grantsArb = (req: AccessRequest): fc.Arbitrary<BreakGlassGrant[]> => {
  const aimed = fc.record({
    studentId: fc.constant(req.studentId),
    grantee: fc.constant(req.requester.id),
    issuedAt: fc.constant(at(-HOUR)),
    expiresAt: fc.constantFrom(0, 1, HOUR).map(at),
  });
  const wild = fc.record({
    studentId: fc.constantFrom(...STUDENTS),
    grantee: fc.constantFrom(...PEOPLE.map((p) => p.id)),
    issuedAt: nearArb,
    expiresAt: nearArb,
  });
  const grant = fc.record({
    who: fc.oneof({ weight: 6, arbitrary: aimed }, { weight: 4, arbitrary: wild }),
    threat: sometimes(0.8, fc.constant('a specific threat of violence today'), ''),
    justification: sometimes(0.8, fc.constant('responders need the safety plan'), ''),
    recipients: fc.tuple(sometimes(0.5, refForArb(req.requester)), sometimes(0.5, refArb)).map((rs) => rs.filter((r) => r !== undefined)),
    revokedAt: sometimes(0.15, nearArb),
  });
  return fc
    .array(grant, { maxLength: 2 })
    .map((gs) => gs.map(({ who, ...g }, i) => ({ id: `btg-${i}`, ...who, ...g })));
};

/** Half the time a (possibly incomplete) team around the requester, else memberships scattered over people and students. */
const teamArb = (req: AccessRequest): fc.Arbitrary<TeamMembership[]> =>
  fc.oneof(
    fc
      .record({
        caseId: fc.constantFrom(...CASES),
        discipline: fc.constantFrom(...DISCIPLINES),
        keep: fc.array(chance(0.9), { minLength: 4, maxLength: 4 }),
        until: sometimes(0.15, nearArb),
      })
      .map(({ caseId, discipline, keep, until }) => {
        const of = (memberId: string, d: Discipline): TeamMembership => ({ caseId, studentId: req.studentId, memberId, discipline: d });
        const members = [of('o-1', 'police'), of('c-1', 'clinician'), of('a-1', 'administrator'), { ...of(req.requester.id, discipline), until }];
        return members.filter((_, i) => keep[i]);
      }),
    fc.array(
      fc.record({
        caseId: fc.constantFrom(...CASES),
        studentId: fc.constantFrom(...STUDENTS),
        memberId: fc.constantFrom(...PEOPLE.map((p) => p.id)),
        discipline: fc.constantFrom(...DISCIPLINES),
      }),
      { maxLength: 4 },
    ),
  );

interface Case {
  request: AccessRequest;
  facts: DecisionFacts;
  record: Record<string, unknown>;
}

const requestArb = (people: readonly Person[], recordTypes: readonly RecordType[]): fc.Arbitrary<AccessRequest> =>
  fc
    .record({ person: fc.constantFrom(...people), recordType: fc.constantFrom(...recordTypes), clinicalSupervisor: chance(0.2) })
    .chain(({ person, recordType, clinicalSupervisor }) =>
      fc.record({
        requester: fc.constant({ ...person, clinicalSupervisor }),
        studentId: fc.constant('S1'),
        recordType: fc.constant(recordType),
        purpose: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...UNIT_PURPOSES[UNIT_OF_ROLE[person.role]]) }, { weight: 4, arbitrary: fc.constantFrom(...PURPOSES) }),
        fields: sometimes(
          0.5,
          fc.tuple(fc.subarray(fieldsOf(recordType)), chance(0.3)).map(([fs, extra]) => (extra ? [...fs, 'extraUnlabelled'] : fs)),
        ),
        caseId: sometimes(0.5, fc.constantFrom(...CASES)),
      }),
    );

const caseArb = (people: readonly Person[], recordTypes: readonly RecordType[]): fc.Arbitrary<Case> =>
  requestArb(people, recordTypes).chain((request) =>
    fc
      .record({
        // Missing records and records of another student must look the same as closed ones (R10).
        record: sometimes(
          0.95,
          fc.record({
            studentId: sometimes(0.05, fc.constant('S2'), 'S1'),
            authorId: sometimes(0.5, fc.constantFrom(...PEOPLE.map((p) => p.id))),
            caseId: sometimes(0.7, fc.constantFrom(...CASES)),
            minorTreatmentBasis: sometimes(0.2, fc.constant<MinorConsentBasis>('chemical-addiction')),
          }),
          null,
        ),
        // 15, 18 today (local midnight), adult, unknown.
        dateOfBirth: fc.constantFrom('2010-06-01', '2010-06-01', '2008-03-10', '2000-01-01', ''),
        consents: consentsArb(request),
        grants: grantsArb(request),
        teamMemberships: teamArb(request),
      })
      .map(({ dateOfBirth, ...rest }) => {
        const record: Record<string, unknown> = Object.fromEntries(fieldsOf(request.recordType).map((f) => [f, `${f}-value`]));
        record.extraUnlabelled = 'secret';
        return {
          request,
          facts: { ...rest, student: { studentId: request.studentId, dateOfBirth, guardianIds: ['g-1'] }, policy: DEFAULT_POLICY },
          record,
        };
      }),
  );

// A quarter of general cases aim at the boundary that matters most: police asking for records holding SUD.
const anyCase = fc.oneof({ weight: 1, arbitrary: caseArb(POLICE, SUD_TYPES) }, { weight: 3, arbitrary: caseArb(PEOPLE, RECORD_TYPE_NAMES) });
const policeCase = fc.oneof(caseArb(POLICE, SUD_TYPES), caseArb(POLICE, RECORD_TYPE_NAMES));
const analystCase = caseArb(ANALYSTS, RECORD_TYPE_NAMES);

const forAll = (arb: fc.Arbitrary<Case>, property: (c: Case) => void) => fc.assert(fc.property(arb, property), RUN);

const classesShown = (recordType: RecordType, fields: readonly string[]): Set<RecordClass> =>
  new Set(fields.map((f) => (RECORD_TYPES[recordType].fields as Record<string, { class: RecordClass }>)[f].class));

/** A deep copy in this realm: under jest, structuredClone returns Dates that fail `instanceof Date`. */
const copy = <T>(v: T): T =>
  (v instanceof Date
    ? new Date(v.getTime())
    : Array.isArray(v)
      ? v.map(copy)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]))
        : v) as T;

describe('properties (R3, R5, R6, R10, R12, R13) over generated requests', () => {
  it('R3: the police unit never receives PSY-NOTE', () => {
    forAll(policeCase, ({ request, facts }) => {
      expect(classesShown(request.recordType, decide(request, facts, NOW).fields).has('PSY-NOTE')).toBe(false);
    });
  });

  it('R3, R5: the police unit receives SUD only under a complete Part 2 consent in force naming them, never for investigation', () => {
    forAll(policeCase, ({ request, facts }) => {
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
          !reached(NOW, c.part2?.expiry?.at) &&
          consentStatus(c, NOW) === 'in-force',
      );
      expect(enabling.map((c) => c.id)).toContain(d.basis?.id);
      expect(d.notices).toEqual([DEFAULT_POLICY.part2RedisclosureNotice]);
      expect(d.redisclosure).toBe('prohibited');
    });
  });

  it('R10, R13: redact keeps no field outside decision.fields, only original values, and nothing on a denial', () => {
    forAll(anyCase, ({ request, facts, record }) => {
      const d = decide(request, facts, NOW);
      const out = redact(record, d);
      for (const k of Object.keys(out)) expect(d.fields).toContain(k);
      for (const [k, v] of Object.entries(out)) expect(v).toBe(record[k]);
      expect(out).not.toHaveProperty('extraUnlabelled');
      if (!d.allow) expect(out).toEqual({});
    });
  });

  it('R6: an emergency basis never covers PSY-NOTE or SUD', () => {
    forAll(anyCase, ({ request, facts }) => {
      const d = decide(request, facts, NOW);
      for (const [cls, basis] of Object.entries(d.bases ?? {})) if (basis.kind === 'emergency') expect(['EDU-SAFETY', 'EDU-CLIN']).toContain(cls);
    });
  });

  it('R10: every denial is NOT_FOUND to the caller, like a missing record; a visible record shows more than directory fields', () => {
    forAll(anyCase, ({ request, facts }) => {
      const d = decide(request, facts, NOW);
      if (!d.allow) {
        expect(callerView(d)).toBe(NOT_FOUND);
        expect(callerView(decide(request, { ...facts, record: null }, NOW))).toBe(NOT_FOUND);
        expect(d.fields).toEqual([]);
      } else {
        // Requested fields may be directory only; what makes the record visible may not be.
        const all = decide({ ...request, fields: undefined }, facts, NOW);
        expect([...classesShown(request.recordType, all.fields)].some((cls) => cls !== 'DIRECTORY')).toBe(true);
      }
      if (!facts.record || facts.record.studentId !== request.studentId) expect(d.allow).toBe(false);
    });
  });

  it('R12: the data team never receives an identifiable record', () => {
    forAll(analystCase, ({ request, facts }) => {
      expect(decide(request, facts, NOW).allow).toBe(false);
    });
  });

  it('R13: deterministic, explained, and only labelled fields of the record type', () => {
    forAll(anyCase, ({ request, facts }) => {
      const d = decide(request, facts, NOW);
      // Equal inputs, not the same objects: nothing may hang on identity or earlier calls.
      expect(decide(copy(request), copy(facts), new Date(NOW))).toEqual(d);
      expect(d.ruleIds.length).toBeGreaterThan(0);
      expect(d.reason.length).toBeGreaterThan(0);
      for (const f of d.fields) expect(fieldsOf(request.recordType)).toContain(f);
    });
  });
});

describe('the arbitraries reach the interesting cases (else the properties above prove little)', () => {
  it('R3, R5, R6, R10, R11: the sampled runs include police SUD disclosures, emergency, team and consent bases, and denials', () => {
    const seen = { policeSud: 0, emergency: 0, team: 0, consent: 0, denied: 0, allowed: 0 };
    // Same seed and run count as the properties, so these are the cases they checked.
    for (const { request, facts } of [...fc.sample(anyCase, RUN), ...fc.sample(policeCase, RUN)]) {
      const d = decide(request, facts, NOW);
      if (!d.allow) seen.denied++;
      else seen.allowed++;
      if (UNIT_OF_ROLE[request.requester.role] === 'police' && classesShown(request.recordType, d.fields).has('SUD')) seen.policeSud++;
      for (const b of Object.values(d.bases ?? {})) if (b.kind === 'emergency' || b.kind === 'team' || b.kind === 'consent') seen[b.kind]++;
    }
    for (const [what, n] of Object.entries(seen)) expect({ what, enough: n >= 10 }).toEqual({ what, enough: true });
  });
});
