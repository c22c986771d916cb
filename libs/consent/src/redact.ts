import type { Decision, DecisionFacts, RecordFacts } from './decision.js';
import { decideFor } from './decide.js';
import { CROSSING_MINIMUM, crossingMinimum } from './crossing-minimum.js';
import type { RecordType } from './labels.js';
import type { Purpose } from './purposes.js';
import type { Unit } from './recipients.js';
import { sortRuleIds, type RuleId } from './rules.js';

/**
 * A copy of `record` with exactly decision.fields, nothing else; an empty object for a denial.
 * Values are deep-copied, so the copy can be changed without touching the source.
 */
export function redact<T extends object>(record: T, decision: Decision): Partial<T> {
  const out: Record<string, unknown> = {};
  if (!decision.allow) return out as Partial<T>;
  for (const field of decision.fields) {
    if (!Object.hasOwn(record, field)) continue;
    const value = (record as Record<string, unknown>)[field];
    out[field] = value !== null && typeof value === 'object' ? structuredClone(value) : value;
  }
  return out as Partial<T>;
}

/** An event about one record, about to be written to a topic another unit reads. */
export interface BoundaryEvent<T extends object> {
  recordType: RecordType;
  studentId: string;
  data: T;
  /** Facts about the record beyond its student (its case, how its treatment was consented). */
  record?: Omit<RecordFacts, 'studentId'>;
}

/** The unit whose topic it is, and what that unit will use it for. */
export interface ProjectionTarget {
  unit: Unit;
  purpose: Purpose;
}

/** What may cross: the visible fields, the R8 marker, and the consents it was built under (R9). */
export interface ProjectedEvent<T extends object> {
  data: Partial<T>;
  redisclosure?: 'prohibited';
  notices?: string[];
  /** Consents this projection depends on: drop or rebuild it when one is revoked (R9). */
  consentIds: string[];
  /** Fields left out, by name only. */
  withheld: string[];
  ruleIds: RuleId[];
}

/**
 * R1, R8, R9: projects an event for a whole unit's topic before it is written. Only the structured
 * minimum for the purpose (CROSSING_MINIMUM) is offered, so free text never crosses by event; of that,
 * only what unit-wide bases open (a consent naming the unit, a grant naming it); person-scoped ones
 * (team, author) cannot, because everyone in the unit reads the topic. Returns null when nothing but
 * directory fields would cross: then nothing is published, not even the record's id (R10).
 */
export function project<T extends object>(
  event: BoundaryEvent<T>,
  recipient: ProjectionTarget,
  facts: Omit<DecisionFacts, 'record' | 'teamMemberships'>,
  now: Date,
): ProjectedEvent<T> | null {
  const fields = Object.keys(event.data);
  const minimum = crossingMinimum(recipient.purpose, event.recordType);
  const offered = fields.filter((f) => minimum.includes(f));
  if (!offered.length) return null;
  const decision = decideFor(
    { id: `unit:${recipient.unit}`, unit: recipient.unit },
    { studentId: event.studentId, recordType: event.recordType, purpose: recipient.purpose, fields: offered },
    { ...facts, teamMemberships: [], record: { ...event.record, studentId: event.studentId } },
    now,
  );
  if (!decision.allow) return null;
  const consentIds = [...new Set(Object.values(decision.bases ?? {}).flatMap((b) => (b.kind === 'consent' && b.id ? [b.id] : [])))];
  return {
    data: redact(event.data, decision),
    ...(decision.redisclosure ? { redisclosure: decision.redisclosure } : {}),
    ...(decision.notices ? { notices: decision.notices } : {}),
    consentIds,
    withheld: fields.filter((f) => !decision.fields.includes(f)),
    ruleIds: sortRuleIds([...decision.ruleIds, ...CROSSING_MINIMUM[recipient.purpose]!.ruleIds]),
  };
}

/**
 * R9: on `consent.revoked`, the projections built under that consent. Consumers drop them (or
 * re-project with the revocation in the facts) within the same processing cycle.
 */
export function builtUnder<P extends { consentIds: readonly string[] }>(projections: readonly P[], revokedConsentId: string): P[] {
  return projections.filter((p) => p.consentIds.includes(revokedConsentId));
}
