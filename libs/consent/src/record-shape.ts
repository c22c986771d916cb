import { RECORD_CLASSES, SENSITIVITY, type RecordClass } from './classes.js';
import type { FieldTag, RecordTypeSpec } from './labels.js';

/**
 * A record type's labels laid out for decide(), computed once per record type: field names in
 * registry order and, by the same position, each field's class and tags. decide() runs on every
 * read, so it walks these arrays instead of building sets, maps and closures per call.
 */

/** Least sensitive first; a class's position here is its bit in a class mask. */
export const BY_SENSITIVITY: readonly RecordClass[] = [...RECORD_CLASSES].sort((a, b) => SENSITIVITY[a] - SENSITIVITY[b]);
const RANK = Object.fromEntries(BY_SENSITIVITY.map((cls, i) => [cls, i])) as Readonly<Record<RecordClass, number>>;

/** A class's position in BY_SENSITIVITY. */
export function rank(cls: RecordClass): number {
  return RANK[cls];
}

/** The classes of a mask of ranks, least sensitive first (each once). */
export function classesOf(mask: number): RecordClass[] {
  const out: RecordClass[] = [];
  for (let i = 0; i < BY_SENSITIVITY.length; i++) if (mask & (1 << i)) out.push(BY_SENSITIVITY[i]);
  return out;
}

export interface Shape {
  names: readonly string[];
  /** By field position: the rank of its class, its tags, whether it names a reporting employee. */
  ranks: readonly number[];
  tags: readonly (readonly FieldTag[])[];
  reporter: readonly boolean[];
  /** Field name to position. */
  position: ReadonlyMap<string, number>;
  /** The ranks of the record type's classes, least sensitive first. */
  classRanks: readonly number[];
  hasReporter: boolean;
}

const shapes = new WeakMap<RecordTypeSpec, Shape>();

export function shapeOf(spec: RecordTypeSpec): Shape {
  let s = shapes.get(spec);
  if (!s) {
    const names = Object.keys(spec.fields);
    const labels = names.map((n) => spec.fields[n]);
    const reporter = labels.map((l) => l.tags.includes('reporter-identity'));
    s = {
      names,
      ranks: labels.map((l) => rank(l.class)),
      tags: labels.map((l) => l.tags),
      reporter,
      position: new Map(names.map((n, i) => [n, i])),
      classRanks: classesOf(labels.reduce((mask, l) => mask | (1 << rank(l.class)), 0)).map(rank),
      hasReporter: reporter.includes(true),
    };
    shapes.set(spec, s);
  }
  return s;
}
