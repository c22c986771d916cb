import { Injectable } from '@nestjs/common';
import { ThreatConcernLevelSetEvent } from '#contracts';
import { Problem, type Principal } from '#platform';
import { CaseChanges } from '../data/case-changes.js';
import { lockOpenCase } from '../data/threat-case.lock.js';
import { activeTeam, missingDisciplines, type ThreatCaseView } from '../data/threat-case.view.js';
import { ThreatScreening } from '../data/threat-screening.entity.js';
import type { SetConcernLevelDto } from './set-concern-level.dto.js';

/** The level of concern is the team's judgement: only a multidisciplinary team that screened the student sets it (R11). */
@Injectable()
export class SetConcernLevelHandler {
  constructor(private readonly changes: CaseChanges) {}

  execute(caseId: string, dto: SetConcernLevelDto, by: Principal, now: Date): Promise<ThreatCaseView> {
    return this.changes.apply(caseId, lockOpenCase, now, async (em, c) => {
      const missing = missingDisciplines(await activeTeam(em, caseId));
      if (missing.length) {
        throw Problem.conflict('THREAT_TEAM.INCOMPLETE', `Case ${caseId} has no ${missing.join(' or ')} member yet: the team is not multidisciplinary (R11)`, {
          missingDisciplines: missing,
        });
      }
      if (!(await em.existsBy(ThreatScreening, { caseId }))) {
        throw Problem.conflict('THREAT_CASE.NOT_SCREENED', `Case ${caseId} has no pathway-to-violence screening yet`);
      }
      c.levelOfConcern = dto.levelOfConcern;
      c.concernRationale = dto.rationale;
      c.assessedAt = now;
      await em.save(c);
      await this.changes.outbox.add(em, ThreatConcernLevelSetEvent, {
        caseId,
        studentId: c.studentId,
        levelOfConcern: dto.levelOfConcern,
        setBy: by.sub,
        setAt: now.toISOString(),
      });
    });
  }
}
