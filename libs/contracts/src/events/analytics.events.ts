import { campusId, date, defineEvent, uuid } from './define-event.js';
import { INCIDENT_TYPE_VALUES, type IncidentTypeValue } from './incidents.events.js';

/**
 * The data teams' de-identified stream (R12): pseudonymous student ids (keyed HMAC, rotatable,
 * `pseudonymKeyId` says which key), no free text, dates truncated to the day, categorical fields only.
 */
export const ANALYTICS_INCIDENT_TOPIC = 'analytics.incident.v1';

export interface AnalyticsIncidentReported {
  incidentId: string;
  campusId: string;
  occurredOn: string;
  type: IncidentTypeValue;
  mentalHealthCrisis: boolean;
  studentPseudonyms: string[];
  pseudonymKeyId: string;
}

export const AnalyticsIncidentReportedEvent = defineEvent<AnalyticsIncidentReported>({
  type: 'analytics.incident.reported',
  topic: ANALYTICS_INCIDENT_TOPIC,
  version: 1,
  summary: 'De-identified: an incident was reported. Pseudonymous students, day-level date, no narrative.',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'campusId', 'occurredOn', 'type', 'mentalHealthCrisis', 'studentPseudonyms', 'pseudonymKeyId'],
    properties: {
      incidentId: uuid,
      campusId,
      occurredOn: date,
      type: { type: 'string', enum: INCIDENT_TYPE_VALUES },
      mentalHealthCrisis: { type: 'boolean' },
      studentPseudonyms: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z0-9_-]{22,64}$' } },
      pseudonymKeyId: { type: 'string', minLength: 1, maxLength: 32 },
    },
  },
  example: {
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    campusId: 'campus-hs-01',
    occurredOn: '2026-11-23',
    type: 'welfare-check',
    mentalHealthCrisis: true,
    studentPseudonyms: ['mXq3vJ0c1bYd9e8F7g6H5i4J3k2L1m0N'],
    pseudonymKeyId: '2026-1',
  },
});
