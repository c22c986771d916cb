import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { ClinicalProjection } from '../../police-projection-sources.js';
import { publishTeamChange } from '../team-changes.js';
import { lockCase } from '../threat-case.lock.js';
import { ThreatTeamMember } from '../threat-team-member.entity.js';
import { loadThreatCaseView, type ThreatCaseView } from '../threat-case.view.js';

/** Ends a membership from now on (kept for the record); allowed on closed cases too, to end access. */
@Injectable()
export class RemoveTeamMemberHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly projection: ClinicalProjection,
  ) {}

  execute(caseId: string, memberId: string, by: Principal, now: Date): Promise<ThreatCaseView> {
    return this.dataSource.transaction(async (em) => {
      const c = await lockCase(em, caseId);
      const member = await em.findOneBy(ThreatTeamMember, { caseId, memberId, removedAt: IsNull() });
      if (!member) throw Problem.notFound('THREAT_TEAM.NOT_MEMBER', `${memberId} is not on the team for case ${caseId}`);
      member.removedAt = now;
      member.removedBy = by.sub;
      await em.save(member);
      await publishTeamChange(em, this.outbox, c, member, 'removed', now);
      await this.projection.threatCase(em, caseId, now);
      return (await loadThreatCaseView(em, caseId))!;
    });
  }
}
