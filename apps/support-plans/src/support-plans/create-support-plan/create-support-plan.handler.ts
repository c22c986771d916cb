import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SupportPlanStartedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';
import { supportPlanRecord } from '../data/support-plan.projection.js';
import { CareGuard } from '../../consent-gate/data/care-guard.js';
import { Referral } from '../../referrals/data/referral.entity.js';
import { plansCare } from '../domain/support-plan.js';
import { SupportPlan } from '../data/support-plan.entity.js';
import { supportPlanView, type SupportPlanView } from '../data/support-plan.view.js';
import type { CreateSupportPlanDto } from './create-support-plan.dto.js';

@Injectable()
export class CreateSupportPlanHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly police: PolicePublisher,
    private readonly care: CareGuard,
  ) {}

  execute(dto: CreateSupportPlanDto, by: Principal, now: Date): Promise<SupportPlanView> {
    return this.dataSource.transaction(async (em) => {
      if (dto.referralId) await this.checkReferral(em, dto);
      // R11: no mental-health care for a minor without written parental consent.
      const careConsentId = plansCare(dto.interventions) ? await this.care.assertMayProvideCare(em, dto.studentId, now) : undefined;
      const plan = await em.save(
        em.create(SupportPlan, {
          studentId: dto.studentId,
          campusId: dto.campusId,
          referralId: dto.referralId ?? null,
          assignedClinicianId: dto.assignedClinicianId ?? by.sub,
          status: 'active',
          goals: dto.goals.map((g) => ({ ...g })),
          interventions: dto.interventions.map((i) => ({ ...i })),
          nextReviewOn: dto.nextReviewOn,
          careConsentId: careConsentId ?? null,
          startedBy: by.sub,
          startedAt: now,
          endedAt: null,
          updatedAt: now,
          version: 1,
        }),
      );
      await this.outbox.add(em, SupportPlanStartedEvent, {
        planId: plan.id,
        studentId: plan.studentId,
        campusId: plan.campusId,
        referralId: plan.referralId,
        assignedClinicianId: plan.assignedClinicianId,
        interventionTypes: plan.interventions.map((i) => i.type),
        goalCount: plan.goals.length,
        nextReviewOn: plan.nextReviewOn!,
        startedAt: now.toISOString(),
      });
      await this.police.publishRecord(em, await supportPlanRecord(em, plan.id), now);
      return supportPlanView(plan, []);
    });
  }

  /** A plan answers an accepted referral of the same student. */
  private async checkReferral(em: EntityManager, dto: CreateSupportPlanDto): Promise<void> {
    const r = await em.findOneBy(Referral, { id: dto.referralId! });
    if (!r) throw new Problem(422, 'SUPPORT_PLAN.UNKNOWN_REFERRAL', `No referral ${dto.referralId}`);
    if (r.studentId !== dto.studentId) throw new Problem(422, 'SUPPORT_PLAN.REFERRAL_MISMATCH', `Referral ${r.id} is about another student`);
    if (r.status !== 'accepted') {
      throw Problem.conflict('SUPPORT_PLAN.REFERRAL_NOT_ACCEPTED', `Referral ${r.id} is ${r.status}; accept it before starting a plan`, { referralStatus: r.status });
    }
  }
}
