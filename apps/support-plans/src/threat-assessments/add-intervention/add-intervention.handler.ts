import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ThreatInterventionAddedEvent } from '#contracts';
import { Outbox } from '#messaging';
import type { Principal } from '#platform';
import { ClinicalProjection } from '../../police-projection-sources.js';
import { CareGuard } from '../../care/care-guard.js';
import { isCare } from '../../care/care.js';
import { lockOpenCase } from '../threat-case.lock.js';
import { ThreatIntervention } from '../threat-intervention.entity.js';
import { loadThreatCaseView, type ThreatCaseView } from '../threat-case.view.js';
import type { AddInterventionDto } from './add-intervention.dto.js';

@Injectable()
export class AddInterventionHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly projection: ClinicalProjection,
    private readonly care: CareGuard,
  ) {}

  execute(caseId: string, dto: AddInterventionDto, by: Principal, now: Date): Promise<ThreatCaseView> {
    return this.dataSource.transaction(async (em) => {
      const c = await lockOpenCase(em, caseId);
      const care = isCare(dto.type);
      // R11: the team provides no mental-health care to a minor without written parental consent.
      const careConsentId = care ? await this.care.assertMayProvideCare(em, c.studentId, now) : undefined;
      const intervention = await em.save(
        em.create(ThreatIntervention, {
          caseId,
          type: dto.type,
          care,
          description: dto.description,
          assignedTo: dto.assignedTo ?? null,
          careConsentId: careConsentId ?? null,
          addedBy: by.sub,
          addedAt: now,
        }),
      );
      await this.outbox.add(em, ThreatInterventionAddedEvent, {
        caseId,
        studentId: c.studentId,
        interventionId: intervention.id,
        type: intervention.type,
        care,
        addedAt: now.toISOString(),
      });
      await this.projection.threatCase(em, caseId, now);
      return (await loadThreatCaseView(em, caseId))!;
    });
  }
}
