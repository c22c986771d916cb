import { Injectable } from '@nestjs/common';
import { ThreatInterventionAddedEvent } from '#contracts';
import type { Principal } from '#platform';
import { CareGuard } from '../../consent-gate/data/care-guard.js';
import { isCare } from '../../consent-gate/domain/care.js';
import { CaseChanges } from '../data/case-changes.js';
import { lockOpenCase } from '../data/threat-case.lock.js';
import type { ThreatCaseView } from '../data/threat-case.view.js';
import { ThreatIntervention } from '../data/threat-intervention.entity.js';
import type { AddInterventionDto } from './add-intervention.dto.js';

@Injectable()
export class AddInterventionHandler {
  constructor(
    private readonly changes: CaseChanges,
    private readonly care: CareGuard,
  ) {}

  execute(caseId: string, dto: AddInterventionDto, by: Principal, now: Date): Promise<ThreatCaseView> {
    return this.changes.apply(caseId, lockOpenCase, now, async (em, c) => {
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
      await this.changes.outbox.add(em, ThreatInterventionAddedEvent, {
        caseId,
        studentId: c.studentId,
        interventionId: intervention.id,
        type: intervention.type,
        care,
        addedAt: now.toISOString(),
      });
    });
  }
}
