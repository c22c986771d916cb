import { Injectable } from '@nestjs/common';
import { ThreatCaseClosedEvent } from '#contracts';
import { Problem, type Principal } from '#platform';
import { CaseChanges } from '../data/case-changes.js';
import { lockCase } from '../data/threat-case.lock.js';
import type { ThreatCaseView } from '../data/threat-case.view.js';
import type { CloseCaseDto } from './close-case.dto.js';

/** open → closed, once, and only after the team set a level of concern. */
@Injectable()
export class CloseCaseHandler {
  constructor(private readonly changes: CaseChanges) {}

  execute(caseId: string, dto: CloseCaseDto, by: Principal, now: Date): Promise<ThreatCaseView> {
    return this.changes.apply(caseId, lockCase, now, async (em, c) => {
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
      await this.changes.outbox.add(em, ThreatCaseClosedEvent, {
        caseId,
        studentId: c.studentId,
        outcome: dto.outcome,
        levelOfConcern: c.levelOfConcern,
        closedBy: by.sub,
        closedAt: now.toISOString(),
      });
    });
  }
}
