import type { EntityManager } from 'typeorm';
import { Problem } from '#platform';
import { SupportPlan } from './support-plan.entity.js';

/** The plan, locked for this transaction; only an active plan changes (409 SUPPORT_PLAN.ILLEGAL_TRANSITION). */
export async function lockActivePlan(em: EntityManager, id: string, change: string): Promise<SupportPlan> {
  const plan = await em.findOne(SupportPlan, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!plan) throw Problem.notFound('SUPPORT_PLAN.NOT_FOUND', `No support plan ${id}`);
  if (plan.status !== 'active') {
    throw Problem.conflict('SUPPORT_PLAN.ILLEGAL_TRANSITION', `Support plan ${id} is ${plan.status}; only an active plan can be ${change}`, {
      planStatus: plan.status,
    });
  }
  return plan;
}
