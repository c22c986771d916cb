import fc from 'fast-check';
import {
  CROSSING_MINIMUM,
  DEFAULT_POLICY,
  PURPOSES,
  RECORD_CLASSES,
  RECORD_TYPES,
  RULES,
  project,
  recordTypeSpec,
  UNIT_PURPOSES,
  type BreakGlassGrant,
  type Consent,
  type Purpose,
  type RecordType,
  type RecipientRef,
  type Unit,
} from './index.js';
import { at, DAY, fullPart2, HOUR, MINOR, NOW, STUDENT } from '../test/fixtures.js';

const RUN = { seed: 14, numRuns: 2000 } as const;
const PROJECTED_TYPES = Object.keys(RECORD_TYPES) as RecordType[];
const isFreeText = (recordType: RecordType, field: string) => (recordTypeSpec(recordType)!.fields[field]?.tags ?? []).includes('free-text');

describe('R1 R2 R3 crossing minimum: the structured fields that may ride an event, per purpose', () => {
  it('R1: lists only labelled, structured fields: no free text, no PSY-NOTE, no SUD, no reporter identity', () => {
    for (const [purpose, entry] of Object.entries(CROSSING_MINIMUM)) {
      expect(PURPOSES).toContain(purpose);
      for (const id of entry!.ruleIds) expect(Object.keys(RULES)).toContain(id);
      for (const [recordType, fields] of Object.entries(entry!.fields)) {
        const spec = recordTypeSpec(recordType)!;
        for (const f of fields!) {
          const label = spec.fields[f];
          expect({ purpose, recordType, f, labelled: !!label }).toEqual({ purpose, recordType, f, labelled: true });
          expect({ purpose, recordType, f, tags: label.tags.filter((t) => t === 'free-text' || t === 'reporter-identity') }).toEqual({ purpose, recordType, f, tags: [] });
          expect(['PSY-NOTE', 'SUD']).not.toContain(label.class);
        }
      }
    }
  });

  it('R3 R5: an investigation gets nothing by event (it reads through the gated, logged API)', () => {
    expect(CROSSING_MINIMUM.investigation).toBeUndefined();
  });
});

/*
 * The property of issue 14 item 2: for random records (every free-text field holding a distinctive
 * value), random consents and grants naming any unit for any purpose, project() never puts a
 * free-text value into what crosses. Consents are aimed at the target often, so projections happen.
 */
describe('R1 property: no free-text value ever appears in a projected (police-side) payload', () => {
  const recordArb = (recordType: RecordType) =>
    fc.record(
      Object.fromEntries(
        Object.keys(RECORD_TYPES[recordType].fields).map((f) => [
          f,
          isFreeText(recordType, f)
            ? fc.string({ minLength: 1, maxLength: 30 }).map((s) => `FREE-TEXT<${recordType}.${f}:${s}>`)
            : fc.oneof(fc.constantFrom('campus-hs-01', 'active', 'received', 'high', STUDENT, 'c-1'), fc.boolean(), fc.constant(null), fc.constant('2026-03-01')),
        ]),
      ),
    );
  const targetArb = fc.constantFrom<Unit>('police', 'clinical', 'administration').chain((unit) =>
    fc.record({ unit: fc.constant(unit), purpose: fc.constantFrom(...(UNIT_PURPOSES[unit] as Purpose[])) }),
  );
  const consentArb = (unit: Unit, purpose: Purpose): fc.Arbitrary<Consent> =>
    fc.record({
      id: fc.constantFrom('consent-1', 'consent-2'),
      studentId: fc.constant(STUDENT),
      signer: fc.constant({ role: 'guardian' as const, id: 'g-1', signedAt: at(-DAY) }),
      classes: fc.subarray([...RECORD_CLASSES], { minLength: 1 }),
      purposes: fc.subarray([...PURPOSES]).map((ps) => [...new Set<Purpose>([purpose, ...ps])]),
      recipients: fc.constantFrom<RecipientRef[]>([{ unit }], [{ role: 'officer' }]),
      effectiveFrom: fc.constant(at(-DAY)),
      expiresAt: fc.constant(at(30 * DAY)),
      part2: fc.option(fc.constant(fullPart2()), { nil: undefined }),
    });
  const grantArb: fc.Arbitrary<BreakGlassGrant> = fc.record({
    id: fc.constant('btg-1'),
    studentId: fc.constant(STUDENT),
    grantee: fc.constantFrom('unit:police', 'o-1'),
    threat: fc.constant('student posted a specific threat to bring a weapon to campus today'),
    justification: fc.constant('officers need the safety plan to respond safely'),
    issuedAt: fc.constant(at(-HOUR)),
    expiresAt: fc.constant(at(HOUR)),
    recipients: fc.constant<RecipientRef[]>([{ unit: 'police' }]),
  });

  it('R1 R3 R8: projected data, notices and metadata never contain a free-text value', () => {
    let crossed = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...PROJECTED_TYPES).chain((recordType) => fc.tuple(fc.constant(recordType), recordArb(recordType))),
        targetArb.chain((target) => fc.tuple(fc.constant(target), fc.array(consentArb(target.unit, target.purpose), { maxLength: 2 }), fc.array(grantArb, { maxLength: 1 }))),
        ([recordType, data], [target, consents, grants]) => {
          const projected = project({ recordType, studentId: STUDENT, data, record: { authorId: 'c-1' } }, target, { student: MINOR, consents, grants, policy: DEFAULT_POLICY }, NOW);
          if (!projected) return;
          crossed++;
          const payload = JSON.stringify(projected);
          expect(payload).not.toContain('FREE-TEXT<');
        },
      ),
      RUN,
    );
    // The property is only worth something if many projections did cross.
    expect(crossed).toBeGreaterThan(RUN.numRuns / 10);
  });
});
