import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ThreatConcernLevelSetEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { ClinicalProjection } from '../../police-projection-sources.js';
import { lockOpenCase } from '../threat-case.lock.js';
import { activeTeam, loadThreatCaseView, missingDisciplines, type ThreatCaseView } from '../threat-case.view.js';
import { ThreatScreening } from '../threat-screening.entity.js';
import type { SetConcernLevelDto } from './set-concern-level.dto.js';

/** The level of concern is the team's judgement: only a multidisciplinary team that screened the student sets it (R11). */
@Injectable()
export class SetConcernLevelHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly projection: ClinicalProjection,
  ) {}

  execute(caseId: string, dto: SetConcernLevelDto, by: Principal, now: Date): Promise<ThreatCaseView> {
    return this.dataSource.transaction(async (em) => {
      const c = await lockOpenCase(em, caseId);
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
      await this.outbox.add(em, ThreatConcernLevelSetEvent, {
        caseId,
        studentId: c.studentId,
        levelOfConcern: dto.levelOfConcern,
        setBy: by.sub,
        setAt: now.toISOString(),
      });
      await this.projection.threatCase(em, caseId, now);
      return (await loadThreatCaseView(em, caseId))!;
    });
  }
}
