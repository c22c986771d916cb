import type { EntityManager } from 'typeorm';
import { projectable, type ProjectableRecord, type ProjectionSource } from '../../share-with-police/data/projection-source.js';
import { SupportPlan } from './support-plan.entity.js';
import { loadSupportPlanView } from './support-plan.view.js';

/** A support plan as the police projection sees it (share-with-police): libs/consent decides what crosses (R3a, R6, R9). */
export async function supportPlanRecord(em: EntityManager, id: string): Promise<ProjectableRecord> {
  const view = (await loadSupportPlanView(em, id))!;
  return projectable('support-plan', view, { authorId: view.startedBy });
}

/** Team membership never applies there: a topic is read by the whole unit. */
export const supportPlanSource: ProjectionSource = {
  recordType: 'support-plan',
  async forStudent(em, studentId) {
    const plans = await em.find(SupportPlan, { where: { studentId }, order: { startedAt: 'ASC', id: 'ASC' } });
    const out: ProjectableRecord[] = [];
    for (const p of plans) out.push(await supportPlanRecord(em, p.id));
    return out;
  },
};
