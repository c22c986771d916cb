import type { Role } from '#contracts';
import { Endpoint } from '#platform';
import { IncidentResponse } from './incident.response.js';

/** The problems (for @Endpoint) every change to one incident can answer: a bad body, an unknown incident. */
export const CHANGE_PROBLEMS = {
  400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
  404: 'No such incident (INCIDENT.NOT_FOUND)',
} as const;

export interface StepSpec {
  roles: Role[];
  summary: string;
  description: string;
  /** The 409: the status the step needs, and any other reason it is refused. */
  conflict: string;
  /** What the step's time may not precede, e.g. 'before dispatch' (the 422). */
  notBefore: string;
}

/** @Endpoint of a change to an incident's status (a step, a re-triage, a void): 200 with the whole incident, or 400, 404, 409, 422. */
export function IncidentStep(spec: StepSpec): MethodDecorator {
  return Endpoint({
    roles: spec.roles,
    summary: spec.summary,
    description: spec.description,
    status: 200,
    response: IncidentResponse,
    problems: {
      ...CHANGE_PROBLEMS,
      409: spec.conflict,
      422: `Time in the future or ${spec.notBefore} (INCIDENT.TIME_IN_FUTURE / INCIDENT.TIME_OUT_OF_ORDER)`,
    },
  });
}
