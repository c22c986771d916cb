import { date, dateTime, defineEvent, uuid } from './define-event.js';

/**
 * Staff well-being boundary (libs/consent/src/wellness/RULES.md). Wellness publishes one thing: the
 * TCOLE L-3 declaration, for staffing (W3). The evaluation behind it never leaves wellness (W2), and
 * nothing about debriefs or peer support is published at all (W1).
 */
export const WELLNESS_PSYCH_DECLARATION_TOPIC = 'wellness.psych-declaration.v1';

export const PSYCH_DECLARATION_RESULT_VALUES = ['fit', 'not-fit'] as const;

export interface PsychDeclarationRecorded {
  declarationId: string;
  /** Staffing's candidate id. */
  candidateId: string;
  result: (typeof PSYCH_DECLARATION_RESULT_VALUES)[number];
  declaredOn: string;
  /** The evaluating psychologist's license number (as on the L-3 form). */
  evaluatorLicense: string;
}

export const PsychDeclarationRecordedEvent = defineEvent<PsychDeclarationRecorded>({
  type: 'wellness.psych-declaration.recorded',
  topic: WELLNESS_PSYCH_DECLARATION_TOPIC,
  version: 1,
  summary:
    'A licensed psychologist declared an officer candidate fit or not fit (TCOLE L-3, Occupations Code 1701.306). ' +
    'Candidate, result, date and license only; the evaluation stays sealed in wellness (W2, W3).',
  keyField: 'candidateId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['declarationId', 'candidateId', 'result', 'declaredOn', 'evaluatorLicense'],
    properties: {
      declarationId: uuid,
      candidateId: uuid,
      result: { type: 'string', enum: PSYCH_DECLARATION_RESULT_VALUES },
      declaredOn: date,
      evaluatorLicense: { type: 'string', pattern: '^[A-Za-z0-9-]{1,32}$' },
    },
  },
  example: {
    declarationId: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b',
    candidateId: '8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968',
    result: 'fit',
    declaredOn: '2026-11-30',
    evaluatorLicense: 'TX-PSY-31337',
  },
});

/** Incidents to wellness: who was involved in a critical incident (W6). Staff ids only, never student data. */
export const INCIDENTS_CRITICAL_INCIDENT_TOPIC = 'incidents.critical-incident.v1';

export const CRITICAL_INCIDENT_KIND_VALUES = ['use-of-force', 'officer-injury', 'weapon-incident', 'emergency-detention', 'supervisor-marked'] as const;

export interface CriticalIncidentRecorded {
  /** One per critical fact (a use-of-force record, a disposition, a supervisor's mark): the dedup key downstream. */
  criticalIncidentId: string;
  incidentId: string;
  kinds: (typeof CRITICAL_INCIDENT_KIND_VALUES)[number][];
  /** The dispatched officer and clinician and the officer on the use-of-force record. */
  staffIds: string[];
  recordedAt: string;
}

export const CriticalIncidentRecordedEvent = defineEvent<CriticalIncidentRecorded>({
  type: 'incidents.critical-incident.recorded',
  topic: INCIDENTS_CRITICAL_INCIDENT_TOPIC,
  version: 1,
  summary:
    'Staff were involved in a critical incident (use of force, officer injury, weapon incident, emergency detention, ' +
    'or marked critical by a supervisor): staff ids and kinds only, so wellness can offer each a confidential debrief (W6).',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['criticalIncidentId', 'incidentId', 'kinds', 'staffIds', 'recordedAt'],
    properties: {
      criticalIncidentId: uuid,
      incidentId: uuid,
      kinds: { type: 'array', minItems: 1, items: { type: 'string', enum: CRITICAL_INCIDENT_KIND_VALUES } },
      staffIds: { type: 'array', minItems: 1, maxItems: 20, items: uuid },
      recordedAt: dateTime,
    },
  },
  example: {
    criticalIncidentId: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    kinds: ['use-of-force'],
    staffIds: ['9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'],
    recordedAt: '2026-11-23T14:40:00.000Z',
  },
});
