import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { toJsonSchema, valueFor, type Components } from './schema-arbitraries.js';

const components: Components = {
  Triage: { type: 'object', properties: { priority: { type: 'integer', minimum: 1, maximum: 4 } }, required: ['priority'] },
  Incident: {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid' },
      code: { type: 'string', pattern: '^[A-Z0-9][A-Z0-9-]{0,31}$' },
      triage: { nullable: true, type: 'object', allOf: [{ $ref: '#/components/schemas/Triage' }] },
      day: { type: 'string', format: 'date' },
      tags: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string', enum: ['a', 'b'] } },
    },
    required: ['id', 'code', 'triage', 'day', 'tags'],
  },
};

describe('contract test helpers', () => {
  const withFormats = (ajv: Ajv) => ((addFormats as unknown as (a: Ajv) => Ajv)(ajv), ajv);
  const ajv = withFormats(new Ajv({ strict: false }));
  const validate = ajv.compile({ definitions: toJsonSchema(components), $ref: '#/definitions/Incident' } as object);

  it('reads nullable (also around allOf/$ref) as "or null", and still checks the referenced schema', () => {
    const ok = { id: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de', code: 'CIT-40', triage: null, day: '2026-01-01', tags: ['a'] };
    expect(validate(ok)).toBe(true);
    expect(validate({ ...ok, triage: { priority: 2 } })).toBe(true);
    expect(validate({ ...ok, triage: { priority: 9 } })).toBe(false);
    expect(validate({ ...ok, code: 'lower' })).toBe(false);
    expect(validate({ ...ok, tags: [] })).toBe(false);
  });

  it('generates only values the schema accepts', () => {
    const strictAjv = withFormats(new Ajv({ strict: false }));
    const check = strictAjv.compile({ definitions: toJsonSchema(components), ...(toJsonSchema({ $ref: '#/components/schemas/Triage' }) as object) });
    fc.assert(fc.property(valueFor({ $ref: '#/components/schemas/Triage' }, components), (v) => check(v) === true), { seed: 15, numRuns: 50 });
    for (const incident of fc.sample(valueFor({ $ref: '#/components/schemas/Incident' }, components), { seed: 15, numRuns: 20 }) as Record<string, unknown>[]) {
      expect(incident.code).toMatch(/^[A-Z0-9][A-Z0-9-]{0,31}$/);
      expect(incident.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((incident.tags as string[]).length).toBeGreaterThanOrEqual(1);
    }
  });
});
