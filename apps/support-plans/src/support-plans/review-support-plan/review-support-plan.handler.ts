import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SupportPlanReviewedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';
import { supportPlanRecord } from '../data/support-plan.projection.js';
import { lockActivePlan } from '../data/lock-plan.js';
import { SupportPlanReview } from '../data/support-plan.entity.js';
import { loadSupportPlanView, type SupportPlanView } from '../data/support-plan.view.js';
import { STATUS_AFTER_REVIEW } from '../domain/support-plan.js';
import type { ReviewSupportPlanDto } from './review-support-plan.dto.js';

/** A review answers the plan's due date: continue (with the next date), complete or discontinue (the plan ends). */
@Injectable()
export class ReviewSupportPlanHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly police: PolicePublisher,
  ) {}

  execute(id: string, dto: ReviewSupportPlanDto, by: Principal, now: Date): Promise<SupportPlanView> {
    if (dto.outcome !== 'continue' && dto.nextReviewOn !== undefined) {
      const message = `nextReviewOn is for outcome continue; a plan that is ${STATUS_AFTER_REVIEW[dto.outcome]} has no next review`;
      throw new Problem(400, 'REQUEST.VALIDATION_FAILED', message, { errors: [{ field: 'nextReviewOn', message }] });
    }
    return this.dataSource.transaction(async (em) => {
      const plan = await lockActivePlan(em, id, 'reviewed');
      const review = await em.save(
        em.create(SupportPlanReview, {
          planId: id,
          outcome: dto.outcome,
          summary: dto.summary,
          dueOn: plan.nextReviewOn!,
          nextReviewOn: dto.nextReviewOn ?? null,
          reviewedBy: by.sub,
          reviewedAt: now,
        }),
      );
      plan.status = STATUS_AFTER_REVIEW[dto.outcome];
      plan.nextReviewOn = dto.nextReviewOn ?? null;
      plan.endedAt = plan.status === 'active' ? null : now;
      plan.version += 1;
      plan.updatedAt = now;
      await em.save(plan);
      await this.outbox.add(em, SupportPlanReviewedEvent, {
        planId: id,
        studentId: plan.studentId,
        reviewId: review.id,
        outcome: dto.outcome,
        status: plan.status,
        reviewedBy: by.sub,
        reviewedAt: now.toISOString(),
        nextReviewOn: plan.nextReviewOn,
      });
      await this.police.publishRecord(em, await supportPlanRecord(em, id), now);
      return (await loadSupportPlanView(em, id))!;
    });
  }
}
