import { INCIDENT_STATUSES, type IncidentStatus } from '../data/incident.entity.js';
import { illegalTransition } from '../data/transition.js';
import { isLegalTransition, NEXT_STATUS, requiredStatusFor } from './lifecycle.js';

describe('incident lifecycle', () => {
  it('allows exactly reported → triaged → dispatched → on-scene → cleared → closed', () => {
    const legal = INCIDENT_STATUSES.flatMap((from) => INCIDENT_STATUSES.filter((to) => isLegalTransition(from, to)).map((to) => `${from}>${to}`));
    expect(legal).toEqual(['reported>triaged', 'triaged>dispatched', 'dispatched>on-scene', 'on-scene>cleared', 'cleared>closed']);
  });

  it('never goes back, skips a step or leaves closed', () => {
    expect(isLegalTransition('dispatched', 'triaged')).toBe(false);
    expect(isLegalTransition('reported', 'dispatched')).toBe(false);
    expect(isLegalTransition('triaged', 'triaged')).toBe(false);
    expect(NEXT_STATUS.closed).toBeNull();
  });

  it('names the one status each transition starts from', () => {
    // voided is reached by POST /incidents/{id}/void from any open status, never by a step.
    const steps = INCIDENT_STATUSES.filter((s) => s !== 'reported' && s !== 'voided');
    expect(steps.map((to) => requiredStatusFor(to as IncidentStatus))).toEqual(['reported', 'triaged', 'dispatched', 'on-scene', 'cleared']);
    expect(() => requiredStatusFor('reported')).toThrow();
    expect(() => requiredStatusFor('voided')).toThrow();
  });

  it('explains an illegal transition as a 409 with both statuses', () => {
    const p = illegalTransition('i-1', 'reported', 'on-scene');
    expect(p).toMatchObject({ status: 409, code: 'INCIDENT.ILLEGAL_TRANSITION', extensions: { currentStatus: 'reported', requestedStatus: 'on-scene' } });
    expect(p.detail).toContain('only dispatched → on-scene');
  });
});
