import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Problem, type Principal } from '#platform';
import { CaseChanges } from '../data/case-changes.js';
import { publishTeamChange } from '../data/team-changes.js';
import { lockOpenCase } from '../data/threat-case.lock.js';
import type { ThreatCaseView } from '../data/threat-case.view.js';
import { ThreatTeamMember } from '../data/threat-team-member.entity.js';
import type { AddTeamMemberDto } from './add-team-member.dto.js';

@Injectable()
export class AddTeamMemberHandler {
  constructor(private readonly changes: CaseChanges) {}

  execute(caseId: string, dto: AddTeamMemberDto, by: Principal, now: Date): Promise<ThreatCaseView> {
    return this.changes.apply(caseId, lockOpenCase, now, async (em, c) => {
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
      await publishTeamChange(em, this.changes.outbox, c, member, 'added', now);
    });
  }
}
