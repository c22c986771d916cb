import { Module } from '@nestjs/common';
import { ConsentGateModule } from '../consent-gate/consent-gate.module.js';
import { ShareWithPoliceModule } from '../share-with-police/share-with-police.module.js';
import { CreateSafetyPlanController } from './create-safety-plan/create-safety-plan.controller.js';
import { CreateSafetyPlanHandler } from './create-safety-plan/create-safety-plan.handler.js';
import { SafetyPlan } from './data/safety-plan.entity.js';
import { GetSafetyPlanController } from './get-safety-plan/get-safety-plan.controller.js';
import { GetSafetyPlanHandler } from './get-safety-plan/get-safety-plan.handler.js';
import { ReviseSafetyPlanController } from './revise-safety-plan/revise-safety-plan.controller.js';
import { ReviseSafetyPlanHandler } from './revise-safety-plan/revise-safety-plan.handler.js';

/** Safety plans: written whole, revised whole; the threat-assessment team sees the EDU-SAFETY summary (R3c). */
export const SAFETY_PLAN_ENTITIES = [SafetyPlan];

@Module({
  imports: [ConsentGateModule, ShareWithPoliceModule],
  controllers: [CreateSafetyPlanController, GetSafetyPlanController, ReviseSafetyPlanController],
  providers: [CreateSafetyPlanHandler, GetSafetyPlanHandler, ReviseSafetyPlanHandler],
})
export class SafetyPlansModule {}
