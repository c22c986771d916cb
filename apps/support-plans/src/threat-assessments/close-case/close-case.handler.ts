import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ThreatCaseClosedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { ClinicalProjection } from '../../police-projection-sources.js';
import { lockCase } from '../threat-case.lock.js';
import { loadThreatCaseView, type ThreatCaseView } from '../threat-case.view.js';
import type { CloseCaseDto } from './close-case.dto.js';

/** open → closed, once, and only after the team set a level of concern. */
@Injectable()
export class CloseCaseHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly projection: ClinicalProjection,
  ) {}

  execute(caseId: string, dto: CloseCaseDto, by: Principal, now: Date): Promise<ThreatCaseView> {
    return this.dataSource.transaction(async (em) => {
      const c = await lockCase(em, caseId);
      if (c.status !== 'open') {
        throw Problem.conflict('THREAT_CASE.ILLEGAL_TRANSITION', `Case ${caseId} is ${c.status}; only an open case can be closed`, { caseStatus: c.status });
      }
      if (!c.levelOfConcern) throw Problem.conflict('THREAT_CASE.NOT_ASSESSED', `Case ${caseId} has no level of concern yet; assess before closing`);
      c.status = 'closed';
      c.closedAt = now;
      c.closedBy = by.sub;
      c.closureOutcome = dto.outcome;
      c.closureSummary = dto.summary;
      await em.save(c);
      await this.outbox.add(em, ThreatCaseClosedEvent, {
        caseId,
        studentId: c.studentId,
        outcome: dto.outcome,
        levelOfConcern: c.levelOfConcern,
        closedBy: by.sub,
        closedAt: now.toISOString(),
      });
      await this.projection.threatCase(em, caseId, now);
      return (await loadThreatCaseView(em, caseId))!;
    });
  }
}
