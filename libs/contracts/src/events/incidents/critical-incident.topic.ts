import { dateTime, defineEvent, uuid } from '../define-event.js';
import { Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';

/** Incidents to wellness: who was involved in a critical incident (W6). Staff ids only, never student data. */
export const INCIDENTS_CRITICAL_INCIDENT_TOPIC = 'incidents.critical-incident.v1';

export const CRITICAL_INCIDENT_KIND_VALUES = ['use-of-force', 'officer-injury', 'weapon-incident', 'emergency-detention', 'supervisor-marked'] as const;

export const CriticalIncidentRecordedSchema = Payload({
  /** One per critical fact (a use-of-force record, a disposition, a supervisor's mark): the dedup key downstream. */
  criticalIncidentId: uuid,
  incidentId: uuid,
  kinds: Type.Array(StringEnum(CRITICAL_INCIDENT_KIND_VALUES), { minItems: 1 }),
  /** The dispatched officer and clinician and the officer on the use-of-force record. */
  staffIds: Type.Array(uuid, { minItems: 1, maxItems: 20 }),
  recordedAt: dateTime,
});
export type CriticalIncidentRecorded = Static<typeof CriticalIncidentRecordedSchema>;

export const CriticalIncidentRecordedEvent = defineEvent({
  type: 'incidents.critical-incident.recorded',
  topic: INCIDENTS_CRITICAL_INCIDENT_TOPIC,
  version: 1,
  summary:
    'Staff were involved in a critical incident (use of force, officer injury, weapon incident, emergency detention, ' +
    'or marked critical by a supervisor): staff ids and kinds only, so wellness can offer each a confidential debrief (W6).',
  keyField: 'incidentId',
  schema: CriticalIncidentRecordedSchema,
  example: {
    criticalIncidentId: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    kinds: ['use-of-force'],
    staffIds: ['9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'],
    recordedAt: '2026-11-23T14:40:00.000Z',
  },
});
