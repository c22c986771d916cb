import type { ServiceName } from '../services.js';
import type { EventDescriptor } from './define-event.js';
import {
  BreakGlassEndedEvent,
  BreakGlassGrantedEvent,
  ConsentGrantedEvent,
  ConsentRevokedEvent,
  PoliceProjectionPublishedEvent,
  PoliceProjectionWithdrawnEvent,
  SUPPORT_BREAK_GLASS_TOPIC,
  SUPPORT_CONSENT_TOPIC,
  SUPPORT_POLICE_PROJECTION_TOPIC,
} from './support/index.js';
import {
  ANALYTICS_INCIDENT_TOPIC,
  AnalyticsDispositionRecordedEvent,
  AnalyticsIncidentDispatchedEvent,
  AnalyticsIncidentVoidedEvent,
  AnalyticsIncidentReportedEvent,
  AnalyticsIncidentRespondedEvent,
  AnalyticsUseOfForceRecordedEvent,
  AnalyticsStudentGroupCountedEvent,
} from './analytics/index.js';
import {
  IncidentClearedEvent,
  IncidentClosedEvent,
  IncidentDispatchedEvent,
  IncidentDispositionRecordedEvent,
  IncidentOnSceneEvent,
  IncidentReportedEvent,
  IncidentTriagedEvent,
  IncidentUseOfForceRecordedEvent,
  IncidentVoidedEvent,
  INCIDENTS_INCIDENT_TOPIC,
  INCIDENTS_REFERRAL_TOPIC,
  INCIDENTS_TIP_TOPIC,
  ReferralRequestedEvent,
  TipReceivedEvent,
} from './incidents/index.js';
import {
  AssignmentChangedEvent,
  DistrictRegisteredEvent,
  DistrictUpdatedEvent,
  OnCallShiftChangedEvent,
  OnCallShiftPublishedEvent,
  SharingAgreementChangedEvent,
  SharingAgreementRecordedEvent,
  STAFFING_ASSIGNMENT_TOPIC,
  STAFFING_SHARING_AGREEMENT_TOPIC,
  STAFFING_DISTRICT_TOPIC,
  STAFFING_ON_CALL_TOPIC,
  STAFFING_STAFF_TOPIC,
  StaffAddedEvent,
  StaffDeactivatedEvent,
} from './staffing/index.js';
import {
  ReferralAcceptedEvent,
  ReferralDeclinedEvent,
  ReferralReceivedEvent,
  SafetyPlanRecordedEvent,
  SUPPORT_PLAN_TOPIC,
  SUPPORT_REFERRAL_TOPIC,
  SUPPORT_SAFETY_PLAN_TOPIC,
  SUPPORT_THREAT_CASE_TOPIC,
  SupportPlanReviewedEvent,
  SupportPlanStartedEvent,
  SupportPlanUpdatedEvent,
  ThreatCaseClosedEvent,
  ThreatCaseOpenedEvent,
  ThreatCaseScreenedEvent,
  ThreatConcernLevelSetEvent,
  ThreatInterventionAddedEvent,
  ThreatTeamChangedEvent,
} from './support/index.js';
import {
  LicenseExpiredEvent,
  LicenseExpiringEvent,
  CertificationExpiredEvent,
  CertificationExpiringEvent,
  CertificationGrantedEvent,
  CertificationRevokedEvent,
  CompletionRecordedEvent,
  CourseAddedEvent,
  EligibilityChangedEvent,
  TRAINING_CERTIFICATION_TOPIC,
  TRAINING_COMPLETION_TOPIC,
  TRAINING_COURSE_TOPIC,
  TRAINING_ELIGIBILITY_TOPIC,
} from './training/index.js';
import { PsychDeclarationRecordedEvent, WELLNESS_PSYCH_DECLARATION_TOPIC } from './wellness/index.js';
import { CriticalIncidentRecordedEvent, INCIDENTS_CRITICAL_INCIDENT_TOPIC } from './incidents/index.js';

/** Who may read a topic: the consent boundary made explicit, checked by tests. */
export type TopicAudience = 'all-services' | 'clinical-only' | 'data-teams' | 'staffing-only' | 'wellness-only';

export interface TopicDefinition {
  /** `<owner>.<aggregate>.v<major>` (`analytics.*` for the data teams); a breaking change is a new topic. */
  name: string;
  owner: ServiceName;
  aggregate: string;
  keyDescription: string;
  partitions: number;
  audience: TopicAudience;
  description: string;
  /** Broker-side retention; defaults to DEFAULT_TOPIC_RETENTION_DAYS. */
  retentionDays?: number;
}

/** Events stay replayable for a school year's review cycle; consumers keep their own state. */
export const DEFAULT_TOPIC_RETENTION_DAYS = 30;
export const ANALYTICS_RETENTION_DAYS = 400;
export const DEAD_LETTER_RETENTION_DAYS = 30;
export const REGISTRY_RETENTION_DAYS = 3650;

export const TOPICS: readonly TopicDefinition[] = [
  {
    name: INCIDENTS_INCIDENT_TOPIC,
    owner: 'incidents',
    aggregate: 'incident',
    keyDescription: 'incident id (uuid)',
    partitions: 6,
    audience: 'all-services',
    description: 'Incident lifecycle facts (minimum fields; narratives stay with the police unit).',
  },
  {
    name: INCIDENTS_TIP_TOPIC,
    owner: 'incidents',
    aggregate: 'tip',
    keyDescription: 'tip id (uuid)',
    partitions: 3,
    audience: 'all-services',
    description: 'Tips received (no tip text, no reporter identity); threat and weapon tips open a threat assessment.',
  },
  {
    name: INCIDENTS_REFERRAL_TOPIC,
    owner: 'incidents',
    aggregate: 'referral request',
    keyDescription: 'referral request id (uuid)',
    partitions: 3,
    audience: 'clinical-only',
    description: 'Police to clinical: dispositions that refer a student to behavioral health, consent-projected to the minimum LE facts (R1, R2).',
  },
  {
    name: SUPPORT_REFERRAL_TOPIC,
    owner: 'support-plans',
    aggregate: 'referral',
    keyDescription: 'referral id (uuid)',
    partitions: 6,
    audience: 'clinical-only',
    description: 'Referral lifecycle inside the clinical service.',
  },
  {
    name: SUPPORT_CONSENT_TOPIC,
    owner: 'support-plans',
    aggregate: 'consent',
    keyDescription: 'consent id (uuid)',
    partitions: 3,
    audience: 'all-services',
    description: 'Consents granted and revoked (R4, R9), by id and period only: police-side projections drop what was built under a revoked consent.',
  },
  {
    name: SUPPORT_POLICE_PROJECTION_TOPIC,
    owner: 'support-plans',
    aggregate: 'police projection',
    keyDescription: 'projection id (uuid, opaque: one per record and purpose)',
    partitions: 3,
    audience: 'all-services',
    description: 'Clinical records as the police unit may see them: projected through libs/consent before the write (R1, R3), redisclosure=prohibited (R8), with the consents they were built under (R9).',
  },
  {
    name: SUPPORT_BREAK_GLASS_TOPIC,
    owner: 'support-plans',
    aggregate: 'break-the-glass grant',
    keyDescription: 'grant id (uuid)',
    partitions: 1,
    audience: 'clinical-only',
    description: 'Emergency access grants (R6) for clinical supervisors to review: threat, justification, recipients, period; never record content.',
  },
  {
    name: SUPPORT_PLAN_TOPIC,
    owner: 'support-plans',
    aggregate: 'support plan',
    keyDescription: 'plan id (uuid)',
    partitions: 3,
    audience: 'clinical-only',
    description: 'Support plans started, changed and reviewed (intervention types and dates; no goals or review text).',
  },
  {
    name: SUPPORT_SAFETY_PLAN_TOPIC,
    owner: 'support-plans',
    aggregate: 'safety plan',
    keyDescription: 'safety plan id (uuid)',
    partitions: 3,
    audience: 'clinical-only',
    description: 'Safety plans written or revised (no content: the team reads the EDU-SAFETY summary through the consent rules).',
  },
  {
    name: SUPPORT_THREAT_CASE_TOPIC,
    owner: 'support-plans',
    aggregate: 'threat-assessment case',
    keyDescription: 'case id (uuid)',
    partitions: 3,
    audience: 'clinical-only',
    description: 'Threat-assessment cases (TEC 37.115): opened, team, screening stage, level of concern, interventions, closure.',
  },
  {
    name: STAFFING_STAFF_TOPIC,
    owner: 'staffing',
    aggregate: 'staff member',
    keyDescription: 'staff id (uuid)',
    partitions: 3,
    audience: 'all-services',
    description: 'Roster changes.',
  },
  {
    name: STAFFING_ASSIGNMENT_TOPIC,
    owner: 'staffing',
    aggregate: 'campus assignment',
    keyDescription: 'assignment id (uuid)',
    partitions: 3,
    audience: 'all-services',
    description: 'Campus assignments with effective dates (whole state per event).',
  },
  {
    name: STAFFING_ON_CALL_TOPIC,
    owner: 'staffing',
    aggregate: 'on-call shift',
    keyDescription: 'shift id (uuid)',
    partitions: 3,
    audience: 'all-services',
    description: 'Clinician on-call shifts per campus group (whole state per event); the clinician half of co-responder eligibility.',
  },
  {
    name: STAFFING_DISTRICT_TOPIC,
    owner: 'staffing',
    aggregate: 'district',
    keyDescription: 'district id',
    partitions: 1,
    audience: 'all-services',
    description: "The district registry (whole entry per event): each service's district directory, which maps token issuers to districts and gives each district's time zone.",
    // Tiny and rarely written: a service deployed later rebuilds its directory from the topic.
    retentionDays: REGISTRY_RETENTION_DAYS,
  },
  {
    name: STAFFING_SHARING_AGREEMENT_TOPIC,
    owner: 'staffing',
    aggregate: 'sharing agreement',
    keyDescription: 'agreement id (uuid)',
    partitions: 1,
    audience: 'all-services',
    description: 'Sharing agreements between districts (whole agreement per event): which partner district may lend on-call clinicians or co-responders to which campuses, and when.',
    // Platform data like the registry: a service deployed later rebuilds its agreements from the topic.
    retentionDays: REGISTRY_RETENTION_DAYS,
  },
  {
    name: TRAINING_COURSE_TOPIC,
    owner: 'training',
    aggregate: 'course',
    keyDescription: 'course id (uuid)',
    partitions: 1,
    audience: 'all-services',
    description: 'Catalogue changes.',
  },
  {
    name: TRAINING_CERTIFICATION_TOPIC,
    owner: 'training',
    aggregate: 'certification',
    keyDescription: 'certification id (uuid)',
    partitions: 6,
    audience: 'all-services',
    description: 'Certifications granted and revoked; the source of co-responder eligibility.',
  },
  {
    name: TRAINING_ELIGIBILITY_TOPIC,
    owner: 'training',
    aggregate: 'staff eligibility',
    keyDescription: 'staff id (uuid)',
    partitions: 3,
    audience: 'all-services',
    description: 'Co-responder training eligibility (current CIT certification) after grants, revocations and expiries.',
  },
  {
    name: TRAINING_COMPLETION_TOPIC,
    owner: 'training',
    aggregate: 'course completion',
    keyDescription: 'completion id (uuid)',
    partitions: 3,
    audience: 'all-services',
    description: 'Course completions recorded by instructors or imported in bulk from district systems.',
  },
  {
    name: WELLNESS_PSYCH_DECLARATION_TOPIC,
    owner: 'wellness',
    aggregate: 'psych declaration',
    keyDescription: 'candidate id (uuid)',
    partitions: 1,
    audience: 'staffing-only',
    description: 'TCOLE L-3 declarations for officer candidates (candidate, fit/not-fit, date, evaluator license); the only wellness fact that leaves wellness (W3).',
  },
  {
    name: INCIDENTS_CRITICAL_INCIDENT_TOPIC,
    owner: 'incidents',
    aggregate: 'critical incident',
    keyDescription: 'incident id (uuid)',
    partitions: 1,
    audience: 'wellness-only',
    description: 'Staff involved in critical incidents (staff ids and kinds only, no student data) so wellness can offer debriefs (W6).',
  },
  {
    name: ANALYTICS_INCIDENT_TOPIC,
    owner: 'incidents',
    aggregate: 'incident',
    keyDescription: 'analytic incident id (keyed HMAC, not the incident id)',
    partitions: 3,
    audience: 'data-teams',
    description: 'De-identified incident facts for outcome metrics (R12): pseudonymous students, day-level dates, no free text.',
    retentionDays: ANALYTICS_RETENTION_DAYS,
  },
];

export const EVENTS: readonly EventDescriptor[] = [
  IncidentReportedEvent,
  IncidentTriagedEvent,
  IncidentDispatchedEvent,
  IncidentOnSceneEvent,
  IncidentClearedEvent,
  IncidentClosedEvent,
  IncidentDispositionRecordedEvent,
  IncidentUseOfForceRecordedEvent,
  IncidentVoidedEvent,
  TipReceivedEvent,
  ReferralRequestedEvent,
  AnalyticsIncidentReportedEvent,
  AnalyticsIncidentRespondedEvent,
  AnalyticsDispositionRecordedEvent,
  AnalyticsUseOfForceRecordedEvent,
  AnalyticsIncidentDispatchedEvent,
  AnalyticsIncidentVoidedEvent,
  AnalyticsStudentGroupCountedEvent,
  ReferralReceivedEvent,
  ConsentGrantedEvent,
  ConsentRevokedEvent,
  PoliceProjectionPublishedEvent,
  PoliceProjectionWithdrawnEvent,
  BreakGlassGrantedEvent,
  BreakGlassEndedEvent,
  ReferralAcceptedEvent,
  ReferralDeclinedEvent,
  SupportPlanStartedEvent,
  SupportPlanUpdatedEvent,
  SupportPlanReviewedEvent,
  SafetyPlanRecordedEvent,
  ThreatCaseOpenedEvent,
  ThreatTeamChangedEvent,
  ThreatCaseScreenedEvent,
  ThreatConcernLevelSetEvent,
  ThreatInterventionAddedEvent,
  ThreatCaseClosedEvent,
  StaffAddedEvent,
  StaffDeactivatedEvent,
  AssignmentChangedEvent,
  OnCallShiftPublishedEvent,
  OnCallShiftChangedEvent,
  DistrictRegisteredEvent,
  DistrictUpdatedEvent,
  SharingAgreementRecordedEvent,
  SharingAgreementChangedEvent,
  CourseAddedEvent,
  CertificationGrantedEvent,
  CertificationRevokedEvent,
  CertificationExpiringEvent,
  CertificationExpiredEvent,
  LicenseExpiringEvent,
  LicenseExpiredEvent,
  EligibilityChangedEvent,
  CompletionRecordedEvent,
  PsychDeclarationRecordedEvent,
  CriticalIncidentRecordedEvent,
];

/** Poison messages of `<topic>` go to `<topic>.dlt`, with the error in headers. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlt`;
}



export interface TopicSpec {
  name: string;
  partitions: number;
  /** Kafka topic configs, e.g. `retention.ms`, `cleanup.policy`. */
  config: Record<string, string>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Every topic the brokers must have, dead-letter topics included, with its partitions and configs.
 * Provisioning creates exactly these; nothing relies on auto-creation.
 */
export function allTopicNames(): TopicSpec[] {
  return TOPICS.flatMap((t) => [
    {
      name: t.name,
      partitions: t.partitions,
      config: { 'cleanup.policy': 'delete', 'retention.ms': String((t.retentionDays ?? DEFAULT_TOPIC_RETENTION_DAYS) * DAY_MS) },
    },
    {
      name: deadLetterTopic(t.name),
      partitions: 1,
      config: { 'cleanup.policy': 'delete', 'retention.ms': String(DEAD_LETTER_RETENTION_DAYS * DAY_MS) },
    },
  ]);
}
