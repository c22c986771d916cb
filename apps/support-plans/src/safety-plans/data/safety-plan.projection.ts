import { projectable, type ProjectableRecord, type ProjectionSource } from '../../share-with-police/data/projection-source.js';
import { SafetyPlan } from './safety-plan.entity.js';
import { safetyPlanView } from './safety-plan.view.js';

/** A safety plan as the police projection sees it (share-with-police). */
export function safetyPlanRecord(p: SafetyPlan): ProjectableRecord {
  return projectable('safety-plan', safetyPlanView(p), { authorId: p.createdBy, ...(p.caseId ? { caseId: p.caseId } : {}) });
}

export const safetyPlanSource: ProjectionSource = {
  recordType: 'safety-plan',
  async forStudent(em, studentId) {
    return (await em.find(SafetyPlan, { where: { studentId }, order: { createdAt: 'ASC', id: 'ASC' } })).map(safetyPlanRecord);
  },
};
