import type { EventDescriptor } from './define-event.js';
import type { JsonSchema } from './json-schema.js';

/** What a consumer of version N relies on: each field's type, and which fields are required. */
export interface SchemaShape {
  required: string[];
  properties: Record<string, string>;
}

export function shapeOf(schema: JsonSchema): SchemaShape {
  return {
    required: [...(schema.required ?? [])].sort(),
    properties: Object.fromEntries(
      Object.entries(schema.properties ?? {})
        .map(([name, p]) => [name, JSON.stringify(p.type ?? 'any')] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  };
}

export function shapesOf(events: readonly EventDescriptor[]): Record<string, SchemaShape> {
  return Object.fromEntries(events.map((e) => [`${e.type}:${e.version}`, shapeOf(e.schema)]));
}

/**
 * Breaking changes within a version: a field removed or retyped, a new required field, or
 * closing the schema to extra fields. Adding optional fields is fine.
 */
export function breakingChanges(locked: SchemaShape, current: SchemaShape, open: boolean): string[] {
  const problems: string[] = [];
  for (const [name, type] of Object.entries(locked.properties)) {
    if (!(name in current.properties)) problems.push(`removed field ${name}`);
    else if (current.properties[name] !== type) problems.push(`retyped field ${name}: ${type} → ${current.properties[name]}`);
  }
  for (const name of current.required) if (!locked.required.includes(name)) problems.push(`newly required field ${name}`);
  if (!open) problems.push('schema rejects additional properties, so consumers could not accept additive changes');
  return problems;
}
