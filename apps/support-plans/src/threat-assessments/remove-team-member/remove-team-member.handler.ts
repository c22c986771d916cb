import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Problem, type Principal } from '#platform';
import { CaseChanges } from '../data/case-changes.js';
import { publishTeamChange } from '../data/team-changes.js';
import { lockCase } from '../data/threat-case.lock.js';
import type { ThreatCaseView } from '../data/threat-case.view.js';
import { ThreatTeamMember } from '../data/threat-team-member.entity.js';

/** Ends a membership from now on (kept for the record); allowed on closed cases too, to end access. */
@Injectable()
export class RemoveTeamMemberHandler {
  constructor(private readonly changes: CaseChanges) {}

  execute(caseId: string, memberId: string, by: Principal, now: Date): Promise<ThreatCaseView> {
    return this.changes.apply(caseId, lockCase, now, async (em, c) => {
      const member = await em.findOneBy(ThreatTeamMember, { caseId, memberId, removedAt: IsNull() });
      if (!member) throw Problem.notFound('THREAT_TEAM.NOT_MEMBER', `${memberId} is not on the team for case ${caseId}`);
      member.removedAt = now;
      member.removedBy = by.sub;
      await em.save(member);
      await publishTeamChange(em, this.changes.outbox, c, member, 'removed', now);
    });
  }
}
