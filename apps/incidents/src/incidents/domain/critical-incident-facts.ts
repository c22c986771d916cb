import type { CriticalIncidentRecorded } from '#contracts';

type Kind = CriticalIncidentRecorded['kinds'][number];

/** What incidents knows when a critical fact is recorded; never a student id or a narrative (W6). */
export interface CriticalFacts {
  incidentType: string;
  officerStaffId: string | null;
  clinicianStaffId: string | null;
  /** Staff named on the record itself (the officer on a use-of-force record, a supervisor's list). */
  alsoInvolved?: readonly string[];
  useOfForce?: { forceType: string; officerInjury: string };
  emergencyDetention?: boolean;
  supervisorMarked?: boolean;
  /** Responders reached an incident reported as a weapon incident. */
  weaponIncident?: boolean;
}

const FIREARM = /^firearm-/;

/**
 * W6: the kinds a fact makes critical, and the staff ids a debrief offer goes to. Empty kinds or no
 * staff means nothing to publish.
 */
export function criticalIncident(facts: CriticalFacts): { kinds: Kind[]; staffIds: string[] } {
  const kinds = new Set<Kind>();
  if (facts.useOfForce) {
    kinds.add('use-of-force');
    if (facts.useOfForce.officerInjury !== 'none') kinds.add('officer-injury');
    if (FIREARM.test(facts.useOfForce.forceType)) kinds.add('weapon-incident');
  }
  if (facts.emergencyDetention) kinds.add('emergency-detention');
  if (facts.supervisorMarked) kinds.add('supervisor-marked');
  if (facts.weaponIncident) kinds.add('weapon-incident');
  if (kinds.size > 0 && facts.incidentType === 'weapon') kinds.add('weapon-incident');
  const staffIds = [facts.officerStaffId, facts.clinicianStaffId, ...(facts.alsoInvolved ?? [])].filter((s): s is string => !!s);
  return { kinds: [...kinds].sort(), staffIds: [...new Set(staffIds)].sort() };
}
