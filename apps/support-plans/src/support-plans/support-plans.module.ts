import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentGateModule } from '../consent-gate/consent-gate.module.js';
import { ShareWithPoliceModule } from '../share-with-police/share-with-police.module.js';
import { CreateSupportPlanController } from './create-support-plan/create-support-plan.controller.js';
import { CreateSupportPlanHandler } from './create-support-plan/create-support-plan.handler.js';
import { SupportPlan, SupportPlanReview } from './data/support-plan.entity.js';
import { GetSupportPlanController } from './get-support-plan/get-support-plan.controller.js';
import { GetSupportPlanHandler } from './get-support-plan/get-support-plan.handler.js';
import { ListOverdueReviewsController } from './list-overdue-reviews/list-overdue-reviews.controller.js';
import { ListOverdueReviewsHandler } from './list-overdue-reviews/list-overdue-reviews.handler.js';
import { ListSupportPlansController } from './list-support-plans/list-support-plans.controller.js';
import { ListSupportPlansHandler } from './list-support-plans/list-support-plans.handler.js';
import { ReviewSupportPlanController } from './review-support-plan/review-support-plan.controller.js';
import { ReviewSupportPlanHandler } from './review-support-plan/review-support-plan.handler.js';
import { UpdateSupportPlanController } from './update-support-plan/update-support-plan.controller.js';
import { UpdateSupportPlanHandler } from './update-support-plan/update-support-plan.handler.js';

/** Support plans: goals, interventions (care only under R11), reviews on the district calendar. */
export const SUPPORT_PLAN_ENTITIES = [SupportPlan, SupportPlanReview];

@Module({
  imports: [TypeOrmModule.forFeature(SUPPORT_PLAN_ENTITIES), ConsentGateModule, ShareWithPoliceModule],
  controllers: [
    CreateSupportPlanController,
    ListOverdueReviewsController,
    ListSupportPlansController,
    GetSupportPlanController,
    UpdateSupportPlanController,
    ReviewSupportPlanController,
  ],
  providers: [CreateSupportPlanHandler, ListOverdueReviewsHandler, ListSupportPlansHandler, GetSupportPlanHandler, UpdateSupportPlanHandler, ReviewSupportPlanHandler],
})
export class SupportPlansFeatureModule {}
