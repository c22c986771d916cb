import type { SafetyPlan } from './safety-plan.entity.js';

/** A safety plan as one record of type `safety-plan`: every key is a labelled field. */
export function safetyPlanView(p: SafetyPlan) {
  return {
    id: p.id,
    studentId: p.studentId,
    campusId: p.campusId,
    caseId: p.caseId,
    status: p.status,
    summary: p.summary,
    reviewOn: p.reviewOn,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    warningSigns: p.warningSigns,
    copingStrategies: p.copingStrategies,
    supportContacts: p.supportContacts,
    meansRestriction: p.meansRestriction,
    createdBy: p.createdBy,
    updatedBy: p.updatedBy,
  };
}

export type SafetyPlanView = ReturnType<typeof safetyPlanView>;
