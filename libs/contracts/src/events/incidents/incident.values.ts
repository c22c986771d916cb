/** Closed vocabularies of the incidents service's events (analytics topics reuse them). */
export const INCIDENT_TYPE_VALUES = ['disturbance', 'threat', 'self-harm-concern', 'weapon', 'fight', 'welfare-check', 'other'] as const;
export type IncidentTypeValue = (typeof INCIDENT_TYPE_VALUES)[number];

export const INCIDENT_STATUS_VALUES = ['reported', 'triaged', 'dispatched', 'on-scene', 'cleared', 'closed', 'voided'] as const;
export type IncidentStatusValue = (typeof INCIDENT_STATUS_VALUES)[number];

export const INCIDENT_PRIORITY_VALUES = ['routine', 'urgent', 'emergency'] as const;
export type IncidentPriorityValue = (typeof INCIDENT_PRIORITY_VALUES)[number];

export const DISPOSITION_VALUES = [
  'no-action',
  'counselled',
  'referred-to-behavioral-health',
  'diversion-program',
  'citation',
  'arrest',
  'emergency-detention',
] as const;
export type DispositionValue = (typeof DISPOSITION_VALUES)[number];

export const FORCE_TYPE_VALUES = [
  'physical-control',
  'handcuffs',
  'takedown',
  'oc-spray',
  'conducted-energy-device',
  'baton',
  'firearm-pointed',
  'firearm-discharged',
  'other',
] as const;
export type ForceTypeValue = (typeof FORCE_TYPE_VALUES)[number];

export const INJURY_VALUES = ['none', 'minor', 'serious'] as const;
export type InjuryValue = (typeof INJURY_VALUES)[number];

export const OFFICER_ONLY_REASON_VALUES = ['no-clinician-on-call', 'imminent-danger'] as const;
export type OfficerOnlyReasonValue = (typeof OFFICER_ONLY_REASON_VALUES)[number];

export const CLINICIAN_MODE_VALUES = ['in-person', 'remote'] as const;
export type ClinicianModeValue = (typeof CLINICIAN_MODE_VALUES)[number];

export const VOID_REASON_VALUES = ['duplicate', 'recorded-in-error', 'unfounded', 'cancelled-by-caller'] as const;
export type VoidReasonValue = (typeof VOID_REASON_VALUES)[number];
