import fc from 'fast-check';

/** An OpenAPI 3.0 schema object, as @nestjs/swagger writes them. */
export type Schema = Record<string, unknown>;
export type Components = Record<string, Schema>;

/** Follows `$ref`s and folds `allOf` into one schema (our documents use allOf only to wrap a $ref). */
export function resolve(schema: Schema, components: Components): Schema {
  if (typeof schema.$ref === 'string') return resolve(components[schema.$ref.split('/').pop()!], components);
  if (Array.isArray(schema.allOf)) {
    const { allOf, ...rest } = schema;
    return (allOf as Schema[]).reduce<Schema>((acc, part) => {
      const r = resolve(part, components);
      return { ...acc, ...r, properties: { ...(acc.properties as Schema), ...(r.properties as Schema) }, required: [...((acc.required as string[]) ?? []), ...((r.required as string[]) ?? [])] };
    }, rest);
  }
  return schema;
}

const DAY = 86_400_000;
/** Dates between 2020 and yesterday: valid for every date field, "not in the future" ones included. */
const pastDate = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.now() - DAY }).map((ms) => new Date(ms));
const WORD = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,19}$/;

function stringArbitrary(s: Schema): fc.Arbitrary<string> {
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as string[]));
  if (s.format === 'uuid') return fc.uuid({ version: 4 });
  if (s.format === 'date') return pastDate.map((d) => d.toISOString().slice(0, 10));
  if (s.format === 'date-time') return pastDate.map((d) => d.toISOString());
  const min = Number(s.minLength ?? 1);
  const max = Number(s.maxLength ?? 64);
  const base = typeof s.pattern === 'string' ? fc.stringMatching(new RegExp(s.pattern)) : fc.stringMatching(WORD);
  return base.filter((v) => v.length >= min && v.length <= max && v.trim() === v);
}

function numberArbitrary(s: Schema): fc.Arbitrary<number> {
  const min = typeof s.minimum === 'number' ? s.minimum : 0;
  const max = typeof s.maximum === 'number' ? s.maximum : 1000;
  if (s.type === 'integer') return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  const step = typeof s.multipleOf === 'number' ? s.multipleOf : 0.5;
  return fc.integer({ min: Math.ceil(min / step), max: Math.floor(max / step) }).map((n) => Math.round(n * step * 1e6) / 1e6);
}

/** Values the schema accepts, for the "valid request" half of the contract test. */
export function valueFor(schema: Schema, components: Components, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  switch (s.type) {
    case 'string':
      return stringArbitrary(s);
    case 'integer':
    case 'number':
      return numberArbitrary(s);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const minLength = Number(s.minItems ?? 0);
      const maxLength = Math.min(Number(s.maxItems ?? 3), minLength + 3);
      const items = valueFor((s.items as Schema) ?? { type: 'string' }, components, depth + 1);
      return s.uniqueItems ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) }) : fc.array(items, { minLength, maxLength });
    }
    default: {
      if (!s.properties || depth > 6) return fc.constant({});
      const properties = s.properties as Record<string, Schema>;
      const arbitraries = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, valueFor(v, components, depth + 1)]));
      return fc.record(arbitraries, { requiredKeys: ((s.required as string[]) ?? []).filter((k) => k in properties) });
    }
  }
}

/** A value of the wrong JSON type for the schema. */
export function wrongTypeFor(schema: Schema, components: Components): unknown {
  const s = resolve(schema, components);
  switch (s.type) {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return 'not-a-number';
    case 'boolean':
      return 'yes';
    case 'array':
      return 'not-an-array';
    default:
      return 7;
  }
}

/** An OpenAPI 3.0 schema as JSON Schema for Ajv: `nullable` becomes "or null" (also around allOf/$ref). */
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const { nullable, example: _example, ...rest } = schema as Schema;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([k, v]) => [k, k === 'properties' ? Object.fromEntries(Object.entries(v as Schema).map(([p, ps]) => [p, toJsonSchema(ps)])) : toJsonSchema(v)]),
  );
  if (typeof converted.$ref === 'string') converted.$ref = converted.$ref.replace('#/components/schemas/', '#/definitions/');
  return nullable ? { anyOf: [converted, { type: 'null' }] } : converted;
}
