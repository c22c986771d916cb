import { DEFAULT_POLICY, project, type ConsentPolicy } from '#consent';
import {
  REFERRAL_DISPOSITION_VALUES,
  type DispositionValue,
  type IncidentStatusValue,
  type IncidentTypeValue,
  type ReferralRequested,
} from '#contracts';

export type ReferralDisposition = (typeof REFERRAL_DISPOSITION_VALUES)[number];

/** The incident facts a referral is projected from (the stored record has them all). */
export interface ReferralSource {
  id: string;
  campusId: string;
  location: string;
  occurredAt: Date;
  type: IncidentTypeValue;
  mentalHealthCrisis: boolean;
  narrative: string;
  reportedBy: string;
  status: IncidentStatusValue;
}

export function isReferral(disposition: DispositionValue): disposition is ReferralDisposition {
  return (REFERRAL_DISPOSITION_VALUES as readonly string[]).includes(disposition);
}

/** What a clinician meeting the student should know before going in (policy): the kind of incident, or force used. */
const SAFETY_TYPES: ReadonlySet<IncidentTypeValue> = new Set(['threat', 'weapon', 'self-harm-concern']);

export function safetyFlag(incident: Pick<ReferralSource, 'type'>, forceUsed: boolean): boolean {
  return forceUsed || SAFETY_TYPES.has(incident.type);
}

export interface ReferralContext {
  referralRequestId: string;
  studentId: string;
  disposition: ReferralDisposition;
  requestedAt: Date;
  forceUsed: boolean;
  /** The decision instant (R13: passed in, never read inside libs/consent). */
  now: Date;
  policy?: ConsentPolicy;
}

/**
 * The referral request for the clinical topic, built from what libs/consent lets cross (R1, R2):
 * the whole incident goes into project(), narrative and location included, and only the fields it
 * returns are used. Null when nothing may cross or a fact the contract needs was withheld: then
 * nothing is published. Only this student's id crosses, not the others involved.
 */
export function referralRequestFor(incident: ReferralSource, c: ReferralContext): ReferralRequested | null {
  const projected = project(
    {
      recordType: 'incident',
      studentId: c.studentId,
      data: {
        id: incident.id,
        campusId: incident.campusId,
        studentIds: [c.studentId],
        occurredAt: incident.occurredAt.toISOString(),
        type: incident.type,
        mentalHealthCrisis: incident.mentalHealthCrisis,
        safetyFlag: safetyFlag(incident, c.forceUsed),
        disposition: c.disposition,
        location: incident.location,
        narrative: incident.narrative,
        reportedBy: incident.reportedBy,
        status: incident.status,
      },
    },
    { unit: 'clinical', purpose: 'referral' },
    { student: { studentId: c.studentId, dateOfBirth: '', guardianIds: [] }, consents: [], grants: [], policy: c.policy ?? DEFAULT_POLICY },
    c.now,
  );
  const d = projected?.data;
  if (
    !d ||
    d.id === undefined || d.campusId === undefined || d.studentIds?.[0] !== c.studentId || d.occurredAt === undefined ||
    d.type === undefined || d.mentalHealthCrisis === undefined || d.safetyFlag === undefined || d.disposition !== c.disposition
  ) {
    return null;
  }
  return {
    referralRequestId: c.referralRequestId,
    incidentId: d.id,
    studentId: c.studentId,
    campusId: d.campusId,
    incidentType: d.type,
    occurredAt: d.occurredAt,
    mentalHealthCrisis: d.mentalHealthCrisis,
    safetyFlag: d.safetyFlag,
    disposition: d.disposition,
    requestedAt: c.requestedAt.toISOString(),
    redisclosure: 'prohibited',
  };
}
