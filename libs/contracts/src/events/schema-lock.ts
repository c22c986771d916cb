import type { EventDescriptor } from './define-event.js';
import type { JsonSchema } from './json-schema.js';

/**
 * What a consumer of version N relies on: each field's type, which fields are required, and the
 * value rules it may act on: closed vocabularies (enums), formats and patterns. An array's items
 * are recorded under `field[]`. The value rules are optional so that a lock written before they
 * were recorded still reads (it then checks types and required fields only).
 */
export interface SchemaShape {
  required: string[];
  properties: Record<string, string>;
  enums?: Record<string, (string | number | null)[]>;
  formats?: Record<string, string>;
  patterns?: Record<string, string>;
}

type Rule = 'enum' | 'format' | 'pattern';

function sorted<T>(entries: [string, T][]): Record<string, T> {
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** Each field (and each array field's items, as `field[]`) with its schema. */
function fieldsOf(schema: JsonSchema): [string, JsonSchema][] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, p]): [string, JsonSchema][] =>
    p.items ? [[name, p], [`${name}[]`, p.items]] : [[name, p]],
  );
}

function rules<K extends Rule>(schema: JsonSchema, rule: K): Record<string, NonNullable<JsonSchema[K]>> {
  return sorted(fieldsOf(schema).flatMap(([name, p]) => (p[rule] === undefined ? [] : [[name, p[rule]!] as [string, NonNullable<JsonSchema[K]>]])));
}

export function shapeOf(schema: JsonSchema): SchemaShape {
  return {
    required: [...(schema.required ?? [])].sort(),
    properties: sorted(Object.entries(schema.properties ?? {}).map(([name, p]) => [name, JSON.stringify(p.type ?? 'any')])),
    enums: Object.fromEntries(Object.entries(rules(schema, 'enum')).map(([name, values]) => [name, [...values]])),
    formats: rules(schema, 'format'),
    patterns: rules(schema, 'pattern'),
  };
}

export function shapesOf(events: readonly EventDescriptor[]): Record<string, SchemaShape> {
  return Object.fromEntries(events.map((e) => [`${e.type}:${e.version}`, shapeOf(e.schema)]));
}

/**
 * Breaking changes within a version: a field removed or retyped, a new required field, closing the
 * schema to extra fields, or a value rule a consumer relied on changed: an enum value removed (or
 * the enum dropped), a format or a pattern changed or dropped. Events already on the topic (kept by
 * retention, replayed from a dead-letter topic) were written under the locked rules, and consumers
 * branch on the values and parse by the formats.
 *
 * Adding an optional field, or a value to an enum, is additive and allowed. A consumer must treat a
 * value it does not know like an unknown field (tolerant reader): our TypeScript consumers compile
 * against these contracts, so a new value shows up where they switch over the enum. An older build
 * of a consumer still validates with its own schema and dead-letters the new value, so a producer
 * emits it only once its consumers run the new contracts (`npm run dlt:replay` recovers otherwise).
 * A value whose meaning differs for consumers, or that they must not ignore, needs a new version.
 */
export function breakingChanges(locked: SchemaShape, current: SchemaShape, open: boolean): string[] {
  const problems: string[] = [];
  for (const [name, type] of Object.entries(locked.properties)) {
    if (!(name in current.properties)) problems.push(`removed field ${name}`);
    else if (current.properties[name] !== type) problems.push(`retyped field ${name}: ${type} → ${current.properties[name]}`);
  }
  for (const name of current.required) if (!locked.required.includes(name)) problems.push(`newly required field ${name}`);
  if (!open) problems.push('schema rejects additional properties, so consumers could not accept additive changes');
  const present = (field: string) => field.replace(/\[\]$/, '') in current.properties;
  for (const [field, values] of Object.entries(locked.enums ?? {})) {
    if (!present(field)) continue;
    const now = current.enums?.[field];
    if (!now) problems.push(`dropped the enum of ${field}`);
    else {
      const removed = values.filter((v) => !now.includes(v));
      if (removed.length) problems.push(`removed enum value(s) of ${field}: ${removed.map((v) => JSON.stringify(v)).join(', ')}`);
    }
  }
  for (const [rule, label] of [['formats', 'format'], ['patterns', 'pattern']] as const) {
    for (const [field, value] of Object.entries(locked[rule] ?? {})) {
      const now = current[rule]?.[field];
      if (present(field) && now !== value) problems.push(`changed the ${label} of ${field}: ${value} → ${now ?? 'none'}`);
    }
  }
  return problems;
}
