import type { EntityManager } from 'typeorm';
import { Problem } from '#platform';
import { ThreatCase } from './threat-case.entity.js';

export const caseNotFound = (id: string) => Problem.notFound('THREAT_CASE.NOT_FOUND', `No threat-assessment case ${id}`);

/** The case, locked for this transaction so concurrent changes to one case apply one after the other. */
export async function lockCase(em: EntityManager, id: string): Promise<ThreatCase> {
  const found = await em.findOne(ThreatCase, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!found) throw caseNotFound(id);
  return found;
}

/** As lockCase, for changes a closed case no longer takes (409 THREAT_CASE.CLOSED). */
export async function lockOpenCase(em: EntityManager, id: string): Promise<ThreatCase> {
  const found = await lockCase(em, id);
  if (found.status === 'closed') {
    throw Problem.conflict('THREAT_CASE.CLOSED', `Case ${id} was closed at ${found.closedAt!.toISOString()}; it takes no more changes`);
  }
  return found;
}
