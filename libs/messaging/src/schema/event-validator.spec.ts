import { EVENTS } from '#contracts';
import { EventValidator } from './event-validator.js';

describe('EventValidator', () => {
  const validator = new EventValidator();

  it.each(EVENTS.map((e) => [e.type, e] as const))("accepts the documented example of %s", (_type, event) => {
    expect(validator.validate(event.schema.$id!, event.example)).toEqual({ valid: true });
  });

  it('accepts additive fields a newer producer may send within the same version', () => {
    const [event] = EVENTS;
    expect(validator.validate(event.schema.$id!, { ...(event.example as object), addedLater: 'x' })).toEqual({ valid: true });
  });

  it('rejects a payload missing a required field, or with a wrong type or format, saying where', () => {
    const granted = EVENTS.find((e) => e.type === 'training.certification.granted')!;
    const example = granted.example as Record<string, unknown>;
    const { staffId: _dropped, ...missing } = example;
    expect(validator.validate(granted.schema.$id!, missing)).toEqual({ valid: false, errors: expect.stringContaining("must have required property 'staffId'") });
    expect(validator.validate(granted.schema.$id!, { ...example, issuedOn: '23/11/2026' })).toEqual({ valid: false, errors: expect.stringContaining('/issuedOn must match format "date"') });
    expect(validator.validate(granted.schema.$id!, { ...example, category: 'karate' })).toMatchObject({ valid: false });
  });

  it('rejects an unknown dataschema rather than applying an unvalidated payload', () => {
    expect(validator.validate('urn:joint-response:schema:nobody.nothing.happened:1', {})).toEqual({ valid: false, errors: 'unknown dataschema urn:joint-response:schema:nobody.nothing.happened:1' });
  });
});
