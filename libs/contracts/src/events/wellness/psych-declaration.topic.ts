import { date, DISTRICT_ID_PATTERN, defineEvent, uuid } from '../define-event.js';
import { Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';

/**
 * Staff well-being boundary (libs/consent/src/wellness/RULES.md). Wellness publishes one thing: the
 * TCOLE L-3 declaration, for staffing (W3). The evaluation behind it never leaves wellness (W2), and
 * nothing about debriefs or peer support is published at all (W1).
 */
export const WELLNESS_PSYCH_DECLARATION_TOPIC = 'wellness.psych-declaration.v1';

export const PSYCH_DECLARATION_RESULT_VALUES = ['fit', 'not-fit'] as const;

export const PsychDeclarationRecordedSchema = Payload({
  declarationId: uuid,
  /** Staffing's candidate id. */
  candidateId: uuid,
  result: StringEnum(PSYCH_DECLARATION_RESULT_VALUES),
  declaredOn: date,
  /** The evaluating psychologist's license number (as on the L-3 form). */
  evaluatorLicense: Type.String({ pattern: DISTRICT_ID_PATTERN }),
});
export type PsychDeclarationRecorded = Static<typeof PsychDeclarationRecordedSchema>;

export const PsychDeclarationRecordedEvent = defineEvent({
  type: 'wellness.psych-declaration.recorded',
  topic: WELLNESS_PSYCH_DECLARATION_TOPIC,
  version: 1,
  summary:
    'A licensed psychologist declared an officer candidate fit or not fit (TCOLE L-3, Occupations Code 1701.306). ' +
    'Candidate, result, date and license only; the evaluation stays sealed in wellness (W2, W3).',
  keyField: 'candidateId',
  schema: PsychDeclarationRecordedSchema,
  example: {
    declarationId: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b',
    candidateId: '8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968',
    result: 'fit',
    declaredOn: '2026-11-30',
    evaluatorLicense: 'TX-PSY-31337',
  },
});
