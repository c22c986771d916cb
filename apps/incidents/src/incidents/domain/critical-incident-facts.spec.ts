import { criticalIncident } from './critical-incident-facts.js';

const base = { incidentType: 'fight', officerStaffId: 'o1', clinicianStaffId: 'c1' };

describe('critical incidents for staff debriefs', () => {
  it('W6: a use of force goes to the dispatched officer and clinician and the officer on the record', () => {
    expect(criticalIncident({ ...base, alsoInvolved: ['o2', 'o1'], useOfForce: { forceType: 'takedown', officerInjury: 'none' } })).toEqual({
      kinds: ['use-of-force'],
      staffIds: ['c1', 'o1', 'o2'],
    });
  });

  it('W6: officer injury, firearms and weapon incidents, emergency detention and a supervisor mark are critical', () => {
    expect(criticalIncident({ ...base, useOfForce: { forceType: 'firearm-pointed', officerInjury: 'minor' } }).kinds).toEqual(['officer-injury', 'use-of-force', 'weapon-incident']);
    expect(criticalIncident({ ...base, incidentType: 'weapon', emergencyDetention: true }).kinds).toEqual(['emergency-detention', 'weapon-incident']);
    expect(criticalIncident({ ...base, supervisorMarked: true }).kinds).toEqual(['supervisor-marked']);
    expect(criticalIncident({ ...base, incidentType: 'weapon', weaponIncident: true }).kinds).toEqual(['weapon-incident']);
  });

  it('W6: nothing critical, or nobody dispatched, means nothing to publish', () => {
    expect(criticalIncident({ ...base, incidentType: 'weapon' }).kinds).toEqual([]);
    expect(criticalIncident({ incidentType: 'fight', officerStaffId: null, clinicianStaffId: null, supervisorMarked: true }).staffIds).toEqual([]);
  });
});
