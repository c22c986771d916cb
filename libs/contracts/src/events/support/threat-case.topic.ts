import { campusId, dateTime, defineEvent, studentId, uuid } from '../define-event.js';
import { Nullable, Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';
import { staffRef } from './staff-ref.js';

export const SUPPORT_THREAT_CASE_TOPIC = 'support.threat-case.v1';

export const THREAT_CASE_ORIGIN_VALUES = ['incident', 'tip'] as const;
export const TEAM_DISCIPLINE_VALUES = ['police', 'clinician', 'administrator'] as const;
/** The pathway to violence, in order; `none` when a screening found no step on it. */
export const PATHWAY_STAGE_VALUES = ['none', 'grievance', 'ideation', 'research-planning', 'preparation', 'breach', 'attack'] as const;
export const CONCERN_LEVEL_VALUES = ['low', 'moderate', 'high', 'imminent'] as const;
export const THREAT_INTERVENTION_VALUES = [
  'mental-health-assessment-referral', 'counseling', 'safety-plan', 'supervision-plan', 'parent-conference',
  'schedule-change', 'law-enforcement-follow-up', 'disciplinary-review', 'monitoring',
] as const;
export const THREAT_CASE_CLOSURE_VALUES = ['resolved', 'unfounded', 'ongoing-support', 'transferred'] as const;

const caseExample = { caseId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', studentId: 'S1000002' };
const threatEvent = { topic: SUPPORT_THREAT_CASE_TOPIC, version: 1, keyField: 'caseId' } as const;

export const ThreatCaseOpenedSchema = Payload({
  caseId: uuid,
  studentId,
  campusId,
  origin: StringEnum(THREAT_CASE_ORIGIN_VALUES),
  incidentId: Nullable(uuid),
  tipId: Nullable(uuid),
  openedAt: dateTime,
});
export type ThreatCaseOpened = Static<typeof ThreatCaseOpenedSchema>;

export const ThreatCaseOpenedEvent = defineEvent({
  ...threatEvent,
  type: 'support.threat-case.opened',
  summary: 'A threat-assessment case was opened for a student, from an incident or a tip (TEC 37.115).',
  schema: ThreatCaseOpenedSchema,
  example: { ...caseExample, campusId: 'campus-ms-02', origin: 'tip', incidentId: null, tipId: '5d4c3b2a-1908-4f7e-8d6c-5b4a39281706', openedAt: '2026-11-24T08:15:02.000Z' },
});

export const ThreatTeamChangedSchema = Payload({
  caseId: uuid,
  studentId,
  memberId: staffRef,
  discipline: StringEnum(TEAM_DISCIPLINE_VALUES),
  change: StringEnum(['added', 'removed']),
  /** Police, clinician and administrator all on the team (R11). */
  teamComplete: Type.Boolean(),
  at: dateTime,
});
export type ThreatTeamChanged = Static<typeof ThreatTeamChangedSchema>;

export const ThreatTeamChangedEvent = defineEvent({
  ...threatEvent,
  type: 'support.threat-case.team-changed',
  summary: 'A member joined or left a threat-assessment team; says whether the team is multidisciplinary (R11).',
  schema: ThreatTeamChangedSchema,
  example: { ...caseExample, memberId: 'officer-7', discipline: 'police', change: 'added', teamComplete: false, at: '2026-11-24T08:30:00.000Z' },
});

export const ThreatCaseScreenedSchema = Payload({ caseId: uuid, studentId, screeningId: uuid, pathwayStage: StringEnum(PATHWAY_STAGE_VALUES), screenedAt: dateTime });
export type ThreatCaseScreened = Static<typeof ThreatCaseScreenedSchema>;

export const ThreatCaseScreenedEvent = defineEvent({
  ...threatEvent,
  type: 'support.threat-case.screened',
  summary: 'A pathway-to-violence screening was recorded: the furthest stage observed. Findings stay in the service.',
  schema: ThreatCaseScreenedSchema,
  example: { ...caseExample, screeningId: '0f1e2d3c-4b5a-4968-8776-655443322110', pathwayStage: 'ideation', screenedAt: '2026-11-24T11:00:00.000Z' },
});

export const ThreatConcernLevelSetSchema = Payload({ caseId: uuid, studentId, levelOfConcern: StringEnum(CONCERN_LEVEL_VALUES), setBy: staffRef, setAt: dateTime });
export type ThreatConcernLevelSet = Static<typeof ThreatConcernLevelSetSchema>;

export const ThreatConcernLevelSetEvent = defineEvent({
  ...threatEvent,
  type: 'support.threat-case.concern-level-set',
  summary: "The team set or changed the case's level of concern (low, moderate, high, imminent).",
  schema: ThreatConcernLevelSetSchema,
  example: { ...caseExample, levelOfConcern: 'moderate', setBy: 'clinician-3', setAt: '2026-11-24T12:00:00.000Z' },
});

export const ThreatInterventionAddedSchema = Payload({
  caseId: uuid,
  studentId,
  interventionId: uuid,
  type: StringEnum(THREAT_INTERVENTION_VALUES),
  /** Mental-health care: needs written parental consent under 18 (R11). */
  care: Type.Boolean(),
  addedAt: dateTime,
});
export type ThreatInterventionAdded = Static<typeof ThreatInterventionAddedSchema>;

export const ThreatInterventionAddedEvent = defineEvent({
  ...threatEvent,
  type: 'support.threat-case.intervention-added',
  summary: 'The team planned an intervention (type only; the description stays in the service).',
  schema: ThreatInterventionAddedSchema,
  example: { ...caseExample, interventionId: '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d', type: 'supervision-plan', care: false, addedAt: '2026-11-24T12:10:00.000Z' },
});

export const ThreatCaseClosedSchema = Payload({
  caseId: uuid,
  studentId,
  outcome: StringEnum(THREAT_CASE_CLOSURE_VALUES),
  /** The level of concern at closure (a case is closed only once assessed). */
  levelOfConcern: StringEnum(CONCERN_LEVEL_VALUES),
  closedBy: staffRef,
  closedAt: dateTime,
});
export type ThreatCaseClosed = Static<typeof ThreatCaseClosedSchema>;

export const ThreatCaseClosedEvent = defineEvent({
  ...threatEvent,
  type: 'support.threat-case.closed',
  summary: 'A threat-assessment case was closed, with a categorical outcome (the closure summary stays in the service).',
  schema: ThreatCaseClosedSchema,
  example: { ...caseExample, outcome: 'resolved', levelOfConcern: 'low', closedBy: 'clinician-3', closedAt: '2026-12-10T16:00:00.000Z' },
});
