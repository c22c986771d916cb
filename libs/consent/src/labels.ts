import type { RecordClass } from './classes.js';
import type { Unit } from './recipients.js';

/**
 * Field-level labels per record type: the registry every decision reads. It is data, so a new
 * field or record type is one line here (a field missing here is never disclosed).
 *
 * Tags say more than the class:
 * - `minimum`: among the minimum fields that may cross the police/clinical boundary (R1, R2);
 * - `identifier`: a direct student identifier (pseudonymised for the data team, R12);
 * - `reference`: the id of a record, not of a person;
 * - `categorical`: a closed set of values (small-cell safe once aggregated, R12);
 * - `date`: an instant (truncated to the day for the data team, R12);
 * - `free-text`: never leaves for the data team (R12);
 * - `reporter-identity`: a reporting employee, kept confidential outside the owning unit (R11).
 */
export type FieldTag = 'minimum' | 'identifier' | 'reference' | 'categorical' | 'date' | 'free-text' | 'reporter-identity';

export interface FieldLabel {
  readonly class: RecordClass;
  readonly tags: readonly FieldTag[];
}

export interface RecordTypeSpec {
  /** The unit that creates and maintains the record (its school officials read it in-unit). */
  readonly owner: Unit;
  /** Sent with the student's records to a new district (R11 for threat assessments). */
  readonly transfersWithStudent: boolean;
  readonly fields: Readonly<Record<string, FieldLabel>>;
}

const label = (cls: RecordClass, ...tags: FieldTag[]): FieldLabel => ({ class: cls, tags });

export const RECORD_TYPES = {
  /** A police incident: the law-enforcement unit's record (R1), never an education record while it stays there. */
  incident: {
    owner: 'police',
    transfersWithStudent: false,
    fields: {
      id: label('LE', 'reference', 'minimum'),
      campusId: label('DIRECTORY', 'categorical', 'minimum'),
      // Who was involved is itself law-enforcement information.
      studentIds: label('LE', 'identifier', 'minimum'),
      occurredAt: label('LE', 'date', 'minimum'),
      type: label('LE', 'categorical', 'minimum'),
      safetyFlag: label('LE', 'categorical', 'minimum'),
      mentalHealthCrisis: label('LE', 'categorical', 'minimum'),
      location: label('LE', 'free-text'),
      narrative: label('LE', 'free-text'),
      status: label('LE', 'categorical'),
      // The disposition behind a referral (e.g. diversion-program): the clinician must know what it is for (R2).
      disposition: label('LE', 'categorical', 'minimum'),
      useOfForce: label('LE', 'categorical'),
      reportedBy: label('LE', 'reporter-identity'),
      createdAt: label('LE', 'date'),
    },
  },
  /** A referral to behavioral health: an education record made by clinicians. */
  referral: {
    owner: 'clinical',
    transfersWithStudent: true,
    fields: {
      id: label('EDU-CLIN', 'reference'),
      studentId: label('DIRECTORY', 'identifier'),
      campusId: label('DIRECTORY', 'categorical'),
      source: label('EDU-CLIN', 'categorical'),
      // The incident id copied into a referral is part of an education record now (R1).
      incidentId: label('EDU-CLIN', 'reference'),
      reason: label('EDU-CLIN', 'free-text'),
      status: label('EDU-CLIN', 'categorical'),
      safetyFlag: label('EDU-SAFETY', 'categorical'),
      clinicalNote: label('PSY-NOTE', 'free-text'),
      substanceUse: label('SUD', 'free-text'),
      createdBy: label('EDU-CLIN'),
      createdAt: label('EDU-CLIN', 'date'),
      // Minimum LE facts copied from an incident disposition: EDU-CLIN once stored here (R1).
      referralRequestId: label('EDU-CLIN', 'reference'),
      incidentType: label('EDU-CLIN', 'categorical'),
      incidentOccurredAt: label('EDU-CLIN', 'date'),
      mentalHealthCrisis: label('EDU-CLIN', 'categorical'),
      disposition: label('EDU-CLIN', 'categorical'),
      decidedBy: label('EDU-CLIN'),
      decidedAt: label('EDU-CLIN', 'date'),
      declineReason: label('EDU-CLIN', 'categorical'),
      decisionNote: label('EDU-CLIN', 'free-text'),
      assignedClinicianId: label('EDU-CLIN'),
    },
  },
  /** A safety plan: its summary and review date are the joint team's; its content is clinical. */
  'safety-plan': {
    owner: 'clinical',
    transfersWithStudent: true,
    fields: {
      id: label('EDU-SAFETY', 'reference'),
      studentId: label('DIRECTORY', 'identifier'),
      campusId: label('DIRECTORY', 'categorical'),
      summary: label('EDU-SAFETY', 'free-text'),
      reviewOn: label('EDU-SAFETY', 'date'),
      warningSigns: label('EDU-CLIN', 'free-text'),
      copingStrategies: label('EDU-CLIN', 'free-text'),
      supportContacts: label('EDU-CLIN', 'free-text'),
      createdAt: label('EDU-SAFETY', 'date'),
      // The case whose team the summary is shared with (R3c).
      caseId: label('EDU-SAFETY', 'reference'),
      status: label('EDU-SAFETY', 'categorical'),
      version: label('EDU-SAFETY'),
      updatedAt: label('EDU-SAFETY', 'date'),
      meansRestriction: label('EDU-CLIN', 'free-text'),
      createdBy: label('EDU-CLIN'),
      updatedBy: label('EDU-CLIN'),
    },
  },
  /** A threat assessment (TEC 37.115): the team's outcome is EDU-SAFETY; clinical findings are not. */
  'threat-assessment': {
    owner: 'clinical',
    transfersWithStudent: true,
    fields: {
      id: label('EDU-SAFETY', 'reference'),
      caseId: label('EDU-SAFETY', 'reference'),
      studentId: label('DIRECTORY', 'identifier'),
      campusId: label('DIRECTORY', 'categorical'),
      levelOfConcern: label('EDU-SAFETY', 'categorical'),
      status: label('EDU-SAFETY', 'categorical'),
      interventions: label('EDU-SAFETY', 'free-text'),
      mentalHealthReferral: label('EDU-SAFETY', 'categorical'),
      anonymousReport: label('EDU-SAFETY', 'categorical'),
      reportedBy: label('EDU-SAFETY', 'reporter-identity'),
      assessedAt: label('EDU-SAFETY', 'date'),
      origin: label('EDU-SAFETY', 'categorical'),
      // Ids of the incident or tip copied into the case: part of the education record now (R1).
      incidentId: label('EDU-SAFETY', 'reference'),
      tipId: label('EDU-SAFETY', 'reference'),
      openedAt: label('EDU-SAFETY', 'date'),
      pathwayStage: label('EDU-SAFETY', 'categorical'),
      team: label('EDU-SAFETY'),
      missingDisciplines: label('EDU-SAFETY', 'categorical'),
      closedAt: label('EDU-SAFETY', 'date'),
      closureOutcome: label('EDU-SAFETY', 'categorical'),
      clinicalFindings: label('EDU-CLIN', 'free-text'),
      concernRationale: label('EDU-CLIN', 'free-text'),
      screenings: label('EDU-CLIN', 'free-text'),
      closureSummary: label('EDU-CLIN', 'free-text'),
      substanceUseFindings: label('SUD', 'free-text'),
    },
  },
  /** A support plan. An incident summary copied in here is an education record (R1): EDU-CLIN. */
  'support-plan': {
    owner: 'clinical',
    transfersWithStudent: true,
    fields: {
      id: label('EDU-CLIN', 'reference'),
      studentId: label('DIRECTORY', 'identifier'),
      campusId: label('DIRECTORY', 'categorical'),
      goals: label('EDU-CLIN', 'free-text'),
      services: label('EDU-CLIN', 'categorical'),
      sessionAttendance: label('EDU-CLIN'),
      incidentSummary: label('EDU-CLIN', 'free-text'),
      startedAt: label('EDU-CLIN', 'date'),
      referralId: label('EDU-CLIN', 'reference'),
      assignedClinicianId: label('EDU-CLIN'),
      status: label('EDU-CLIN', 'categorical'),
      interventions: label('EDU-CLIN', 'free-text'),
      nextReviewOn: label('EDU-CLIN', 'date'),
      startedBy: label('EDU-CLIN'),
      endedAt: label('EDU-CLIN', 'date'),
      updatedAt: label('EDU-CLIN', 'date'),
      version: label('EDU-CLIN'),
      reviews: label('EDU-CLIN', 'free-text'),
    },
  },
  /** Psychotherapy notes: the author and clinical supervisors only; not sent with transfers. */
  'clinical-note': {
    owner: 'clinical',
    transfersWithStudent: false,
    fields: {
      id: label('PSY-NOTE', 'reference'),
      studentId: label('DIRECTORY', 'identifier'),
      authorId: label('PSY-NOTE'),
      body: label('PSY-NOTE', 'free-text'),
      writtenAt: label('PSY-NOTE', 'date'),
      supportPlanId: label('PSY-NOTE', 'reference'),
    },
  },
} as const satisfies Record<string, RecordTypeSpec>;

export type RecordType = keyof typeof RECORD_TYPES;

/** The registry entry for a record type named at runtime (from a URL, an event), or undefined. */
export function recordTypeSpec(recordType: string): RecordTypeSpec | undefined {
  return Object.hasOwn(RECORD_TYPES, recordType) ? (RECORD_TYPES as Record<string, RecordTypeSpec>)[recordType] : undefined;
}

/** The class of a field where it is stored now: a copy takes the class of the record holding it (R1). */
export function classOf(recordType: string, field: string): RecordClass | undefined {
  const spec = recordTypeSpec(recordType);
  return spec && Object.hasOwn(spec.fields, field) ? spec.fields[field].class : undefined;
}

export function fieldsOf(recordType: string): string[] {
  const spec = recordTypeSpec(recordType);
  return spec ? Object.keys(spec.fields) : [];
}
