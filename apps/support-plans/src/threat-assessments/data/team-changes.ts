import type { EntityManager } from 'typeorm';
import { ThreatTeamChangedEvent } from '#contracts';
import type { Outbox } from '#messaging';
import type { ThreatCase } from './threat-case.entity.js';
import type { ThreatTeamMember } from './threat-team-member.entity.js';
import { activeTeam, missingDisciplines } from './threat-case.view.js';

/** The team-changed event, with whether the team is multidisciplinary after the change (R11). */
export async function publishTeamChange(
  em: EntityManager,
  outbox: Outbox,
  c: ThreatCase,
  member: ThreatTeamMember,
  change: 'added' | 'removed',
  at: Date,
): Promise<void> {
  const team = await activeTeam(em, c.id);
  await outbox.add(em, ThreatTeamChangedEvent, {
    caseId: c.id,
    studentId: c.studentId,
    memberId: member.memberId,
    discipline: member.discipline,
    change,
    teamComplete: missingDisciplines(team).length === 0,
    at: at.toISOString(),
  });
}
