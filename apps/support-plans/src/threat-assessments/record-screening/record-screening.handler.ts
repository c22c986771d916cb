import { Injectable } from '@nestjs/common';
import { ThreatCaseScreenedEvent } from '#contracts';
import type { Principal } from '#platform';
import { CaseChanges } from '../data/case-changes.js';
import { lockOpenCase } from '../data/threat-case.lock.js';
import type { ThreatCaseView } from '../data/threat-case.view.js';
import { ThreatScreening } from '../data/threat-screening.entity.js';
import { furthestStage } from '../domain/pathway.js';
import type { RecordScreeningDto } from './record-screening.dto.js';

/** The latest screening sets the case's stage: a later one may find the student further along, or back. */
@Injectable()
export class RecordScreeningHandler {
  constructor(private readonly changes: CaseChanges) {}

  execute(caseId: string, dto: RecordScreeningDto, by: Principal, now: Date): Promise<ThreatCaseView> {
    return this.changes.apply(caseId, lockOpenCase, now, async (em, c) => {
      const stage = furthestStage(dto.observed);
      const screening = await em.save(
        em.create(ThreatScreening, {
          caseId,
          observed: dto.observed,
          pathwayStage: stage,
          findings: dto.findings,
          substanceUseFindings: dto.substanceUseFindings ?? null,
          screenedBy: by.sub,
          screenedAt: now,
        }),
      );
      c.pathwayStage = stage;
      await em.save(c);
      await this.changes.outbox.add(em, ThreatCaseScreenedEvent, {
        caseId,
        studentId: c.studentId,
        screeningId: screening.id,
        pathwayStage: stage,
        screenedAt: now.toISOString(),
      });
    });
  }
}
