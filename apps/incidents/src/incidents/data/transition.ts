import type { EntityManager } from 'typeorm';
import { Problem } from '#platform';
import { isLegalTransition, requiredStatusFor } from '../domain/lifecycle.js';
import { Incident, type IncidentStatus } from './incident.entity.js';

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
  return updateIfStill(em, incident, { ...changes, status: to }, () => illegalTransition(incident.id, incident.status, to));
}

/** Writes `changes` only while the incident is still in the status it was read in (the lock's second guard); else `refused`. */
export async function updateIfStill(em: EntityManager, incident: Incident, changes: Partial<Incident>, refused: () => Problem): Promise<Incident> {
  const result = await em
    .createQueryBuilder()
    .update(Incident)
    .set(changes)
    .where('id = :id AND status = :status', { id: incident.id, status: incident.status })
    .execute();
  if (result.affected !== 1) throw refused();
  return Object.assign(incident, changes);
}

/** A step's checks in the order callers see them: the move itself (409), then its time (422). */
export function stepTo(incident: Incident, to: IncidentStatus, at: string | undefined, now: Date, after: { label: string; at: Date | null }): Date {
  if (!isLegalTransition(incident.status, to)) throw illegalTransition(incident.id, incident.status, to);
  return stepTime(at, now, after);
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

export function illegalTransition(id: string, from: IncidentStatus, to: IncidentStatus): Problem {
  return Problem.conflict('INCIDENT.ILLEGAL_TRANSITION', `Incident ${id} is ${from}; it cannot become ${to} (only ${requiredStatusFor(to)} → ${to})`, {
    currentStatus: from,
    requestedStatus: to,
  });
}

/** For actions that are not transitions (dispositions, use of force): allowed in some statuses only. */
export function wrongStatus(id: string, status: IncidentStatus, allowed: readonly IncidentStatus[], action: string): Problem {
  return Problem.conflict('INCIDENT.WRONG_STATUS', `Incident ${id} is ${status}; ${action} needs it to be ${allowed.join(' or ')}`, {
    currentStatus: status,
    allowedStatuses: allowed,
  });
}
