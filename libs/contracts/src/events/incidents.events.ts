import { campusId, dateTime, defineEvent, studentId, uuid } from './define-event.js';

export const INCIDENTS_INCIDENT_TOPIC = 'incidents.incident.v1';

export const INCIDENT_TYPE_VALUES = ['disturbance', 'threat', 'self-harm-concern', 'weapon', 'fight', 'welfare-check', 'other'] as const;
export type IncidentTypeValue = (typeof INCIDENT_TYPE_VALUES)[number];

/** Minimum fields (R1): the narrative, an LE record, stays in the incidents service. */
export interface IncidentReported {
  incidentId: string;
  campusId: string;
  occurredAt: string;
  type: IncidentTypeValue;
  studentIds: string[];
  mentalHealthCrisis: boolean;
}

export const IncidentReportedEvent = defineEvent<IncidentReported>({
  type: 'incidents.incident.reported',
  topic: INCIDENTS_INCIDENT_TOPIC,
  version: 1,
  summary: 'An incident was reported by an officer or a district system. Carries no narrative.',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'campusId', 'occurredAt', 'type', 'studentIds', 'mentalHealthCrisis'],
    properties: {
      incidentId: uuid,
      campusId,
      occurredAt: dateTime,
      type: { type: 'string', enum: INCIDENT_TYPE_VALUES },
      studentIds: { type: 'array', items: studentId },
      mentalHealthCrisis: { type: 'boolean' },
    },
  },
  example: {
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    campusId: 'campus-hs-01',
    occurredAt: '2026-11-23T14:05:00.000Z',
    type: 'welfare-check',
    studentIds: ['S1000001'],
    mentalHealthCrisis: true,
  },
});
