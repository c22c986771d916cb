import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';
import { supportPlanRecord } from '../data/support-plan.projection.js';
import { CareGuard } from '../../consent-gate/data/care-guard.js';
import { plansCare } from '../domain/support-plan.js';
import { lockActivePlan } from '../data/lock-plan.js';
import { publishPlanUpdated } from '../data/support-plan-events.js';
import { loadSupportPlanView, type SupportPlanView } from '../data/support-plan.view.js';
import type { UpdateSupportPlanDto } from './update-support-plan.dto.js';

@Injectable()
export class UpdateSupportPlanHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly police: PolicePublisher,
    private readonly care: CareGuard,
  ) {}

  execute(id: string, dto: UpdateSupportPlanDto, _by: Principal, now: Date): Promise<SupportPlanView> {
    return this.dataSource.transaction(async (em) => {
      const plan = await lockActivePlan(em, id, 'changed');
      if (plan.version !== dto.expectedVersion) {
        throw Problem.conflict('SUPPORT_PLAN.VERSION_CONFLICT', `Support plan ${id} is at version ${plan.version}, not ${dto.expectedVersion}; read it again`, {
          currentVersion: plan.version,
        });
      }
      // R11: care interventions need parental consent in force now, not only when the plan began.
      if (dto.interventions && plansCare(dto.interventions)) {
        plan.careConsentId = (await this.care.assertMayProvideCare(em, plan.studentId, now)) ?? null;
      }
      if (dto.goals) plan.goals = dto.goals.map((g) => ({ ...g }));
      if (dto.interventions) plan.interventions = dto.interventions.map((i) => ({ ...i }));
      if (dto.assignedClinicianId) plan.assignedClinicianId = dto.assignedClinicianId;
      if (dto.nextReviewOn) plan.nextReviewOn = dto.nextReviewOn;
      plan.version += 1;
      plan.updatedAt = now;
      await em.save(plan);
      await publishPlanUpdated(em, this.outbox, plan);
      await this.police.publishRecord(em, await supportPlanRecord(em, id), now);
      return (await loadSupportPlanView(em, id))!;
    });
  }
}
