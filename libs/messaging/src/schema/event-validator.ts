import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { EVENTS, type EventDescriptor } from '#contracts';

export type ValidationResult = { valid: true } | { valid: false; errors: string };

/** Validates payloads against the JSON Schemas in libs/contracts, compiled once per event type. */
export class EventValidator {
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(definitions: readonly EventDescriptor[] = EVENTS) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    for (const def of definitions) this.validators.set(`${def.schema.$id}`, ajv.compile(def.schema));
  }

  validate(dataschema: string, data: unknown): ValidationResult {
    const validate = this.validators.get(dataschema);
    if (!validate) return { valid: false, errors: `unknown dataschema ${dataschema}` };
    if (validate(data)) return { valid: true };
    return { valid: false, errors: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ') };
  }
}
