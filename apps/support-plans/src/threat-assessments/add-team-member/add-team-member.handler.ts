import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { ClinicalProjection } from '../../police-projection-sources.js';
import { publishTeamChange } from '../team-changes.js';
import { lockOpenCase } from '../threat-case.lock.js';
import { ThreatTeamMember } from '../threat-team-member.entity.js';
import { loadThreatCaseView, type ThreatCaseView } from '../threat-case.view.js';
import type { AddTeamMemberDto } from './add-team-member.dto.js';

@Injectable()
export class AddTeamMemberHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly projection: ClinicalProjection,
  ) {}

  execute(caseId: string, dto: AddTeamMemberDto, by: Principal, now: Date): Promise<ThreatCaseView> {
    return this.dataSource.transaction(async (em) => {
      const c = await lockOpenCase(em, caseId);
      const current = await em.findOneBy(ThreatTeamMember, { caseId, memberId: dto.memberId, removedAt: IsNull() });
      if (current) {
        throw Problem.conflict('THREAT_TEAM.ALREADY_MEMBER', `${dto.memberId} is on the team for case ${caseId} already (as ${current.discipline})`);
      }
      const member = await em.save(
        em.create(ThreatTeamMember, {
          caseId,
          studentId: c.studentId,
          memberId: dto.memberId,
          discipline: dto.discipline,
          addedAt: now,
          addedBy: by.sub,
          removedAt: null,
          removedBy: null,
        }),
      );
      await publishTeamChange(em, this.outbox, c, member, 'added', now);
      await this.projection.threatCase(em, caseId, now);
      return (await loadThreatCaseView(em, caseId))!;
    });
  }
}
