import type { IncidentStatusValue as IncidentStatus } from '#contracts';

/** The one path through an incident: each status has exactly one successor. */
export const NEXT_STATUS: Readonly<Record<IncidentStatus, IncidentStatus | null>> = {
  reported: 'triaged',
  triaged: 'dispatched',
  dispatched: 'on-scene',
  'on-scene': 'cleared',
  cleared: 'closed',
  closed: null,
  // Reached only by POST /incidents/{id}/void (from any status but closed), never by a step.
  voided: null,
};

export function isLegalTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return NEXT_STATUS[from] === to;
}

/** The status an incident must be in to move to `to`. */
export function requiredStatusFor(to: IncidentStatus): IncidentStatus {
  const from = (Object.keys(NEXT_STATUS) as IncidentStatus[]).find((s) => NEXT_STATUS[s] === to);
  if (!from) throw new Error(`no transition leads to ${to}`);
  return from;
}
