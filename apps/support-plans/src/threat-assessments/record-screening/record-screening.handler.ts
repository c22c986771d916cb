import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ThreatCaseScreenedEvent } from '#contracts';
import { Outbox } from '#messaging';
import type { Principal } from '#platform';
import { ClinicalProjection } from '../../police-projection-sources.js';
import { furthestStage } from '../pathway.js';
import { lockOpenCase } from '../threat-case.lock.js';
import { loadThreatCaseView, type ThreatCaseView } from '../threat-case.view.js';
import { ThreatScreening } from '../threat-screening.entity.js';
import type { RecordScreeningDto } from './record-screening.dto.js';

/** The latest screening sets the case's stage: a later one may find the student further along, or back. */
@Injectable()
export class RecordScreeningHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly projection: ClinicalProjection,
  ) {}

  execute(caseId: string, dto: RecordScreeningDto, by: Principal, now: Date): Promise<ThreatCaseView> {
    return this.dataSource.transaction(async (em) => {
      const c = await lockOpenCase(em, caseId);
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
      await this.outbox.add(em, ThreatCaseScreenedEvent, {
        caseId,
        studentId: c.studentId,
        screeningId: screening.id,
        pathwayStage: stage,
        screenedAt: now.toISOString(),
      });
      await this.projection.threatCase(em, caseId, now);
      return (await loadThreatCaseView(em, caseId))!;
    });
  }
}
