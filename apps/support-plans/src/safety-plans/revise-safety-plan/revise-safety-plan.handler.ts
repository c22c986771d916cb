import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';
import { safetyPlanRecord } from '../data/safety-plan.projection.js';
import { publishSafetyPlanRecorded } from '../data/safety-plan-events.js';
import { SafetyPlan } from '../data/safety-plan.entity.js';
import { safetyPlanView, type SafetyPlanView } from '../data/safety-plan.view.js';
import { safetyPlanContent } from '../api/safety-plan.dto.js';
import type { ReviseSafetyPlanDto } from './revise-safety-plan.dto.js';

/** A revision replaces the content whole; a retired plan is not revised again. */
@Injectable()
export class ReviseSafetyPlanHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly police: PolicePublisher,
  ) {}

  execute(id: string, dto: ReviseSafetyPlanDto, by: Principal, now: Date): Promise<SafetyPlanView> {
    return this.dataSource.transaction(async (em) => {
      const plan = await em.findOne(SafetyPlan, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw Problem.notFound('SAFETY_PLAN.NOT_FOUND', `No safety plan ${id}`);
      if (plan.status === 'retired') throw Problem.conflict('SAFETY_PLAN.ILLEGAL_TRANSITION', `Safety plan ${id} is retired; write a new one`, { planStatus: plan.status });
      if (plan.version !== dto.expectedVersion) {
        throw Problem.conflict('SAFETY_PLAN.VERSION_CONFLICT', `Safety plan ${id} is at version ${plan.version}, not ${dto.expectedVersion}; read it again`, {
          currentVersion: plan.version,
        });
      }
      Object.assign(plan, {
        ...safetyPlanContent(dto),
        status: dto.status ?? plan.status,
        version: plan.version + 1,
        updatedBy: by.sub,
        updatedAt: now,
      });
      await em.save(plan);
      await publishSafetyPlanRecorded(em, this.outbox, plan);
      await this.police.publishRecord(em, safetyPlanRecord(plan), now);
      return safetyPlanView(plan);
    });
  }
}
