import type { EntityManager } from 'typeorm';
import { Problem } from '#platform';
import { Incident, type IncidentStatus } from './incident.entity.js';
import { illegalTransition, isLegalTransition, requiredStatusFor } from './lifecycle.js';

/** Some clock skew between CAD/radio systems and this service is normal; more is a mistake. */
const MAX_FUTURE_SKEW_MS = 60_000;

/**
 * Reads the incident under a row lock: concurrent transitions of one incident queue here, and the
 * second sees the first one's status once it commits.
 */
export async function lockIncident(em: EntityManager, id: string): Promise<Incident> {
  const incident = await em.findOne(Incident, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!incident) throw Problem.notFound('INCIDENT.NOT_FOUND', `No incident ${id}`);
  return incident;
}

/**
 * Moves a locked incident to `to`. The UPDATE is also conditional on the expected status, so even a
 * caller that skipped the lock could not make two transitions from one status both succeed.
 */
export async function transition(em: EntityManager, incident: Incident, to: IncidentStatus, changes: Partial<Incident>): Promise<Incident> {
  if (!isLegalTransition(incident.status, to)) throw illegalTransition(incident.id, incident.status, to);
  const from = requiredStatusFor(to);
  const result = await em
    .createQueryBuilder()
    .update(Incident)
    .set({ ...changes, status: to })
    .where('id = :id AND status = :from', { id: incident.id, from })
    .execute();
  if (result.affected !== 1) throw illegalTransition(incident.id, incident.status, to);
  return Object.assign(incident, changes, { status: to });
}

/**
 * When a step happened: the caller's `at` (a CAD or radio log time) or now. Never in the future,
 * never before the step it follows.
 */
export function stepTime(at: string | undefined, now: Date, after: { label: string; at: Date | null }): Date {
  const when = at ? new Date(at) : now;
  if (when.getTime() > now.getTime() + MAX_FUTURE_SKEW_MS) {
    throw new Problem(422, 'INCIDENT.TIME_IN_FUTURE', `${when.toISOString()} is in the future`);
  }
  if (after.at && when.getTime() < after.at.getTime()) {
    throw new Problem(422, 'INCIDENT.TIME_OUT_OF_ORDER', `${when.toISOString()} is before the incident was ${after.label} (${after.at.toISOString()})`);
  }
  return when;
}
