/** The problems (for @Endpoint) every change to one incident can answer: a bad body, an unknown incident. */
export const CHANGE_PROBLEMS = {
  400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
  404: 'No such incident (INCIDENT.NOT_FOUND)',
} as const;

/** The 422 of a lifecycle step, whose time may be neither in the future nor before `after` (e.g. 'before dispatch'). */
export function badStepTime(after: string): string {
  return `Time in the future or ${after} (INCIDENT.TIME_IN_FUTURE / INCIDENT.TIME_OUT_OF_ORDER)`;
}
