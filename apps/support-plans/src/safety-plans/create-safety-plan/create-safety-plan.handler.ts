import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';
import { ThreatCase } from '../../threat-assessments/data/threat-case.entity.js';
import { safetyPlanRecord } from '../data/safety-plan.projection.js';
import { publishSafetyPlanRecorded } from '../data/safety-plan-events.js';
import { SafetyPlan } from '../data/safety-plan.entity.js';
import { safetyPlanView, type SafetyPlanView } from '../data/safety-plan.view.js';
import { safetyPlanContent } from '../api/safety-plan.dto.js';
import type { CreateSafetyPlanDto } from './create-safety-plan.dto.js';

/**
 * Safety planning is a safety measure the team shares, not a course of care, so it is not behind
 * the R11 parental-consent check (policy; the interventions a plan leads to are).
 */
@Injectable()
export class CreateSafetyPlanHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly police: PolicePublisher,
  ) {}

  execute(dto: CreateSafetyPlanDto, by: Principal, now: Date): Promise<SafetyPlanView> {
    return this.dataSource.transaction(async (em) => {
      if (dto.caseId) {
        const c = await em.findOneBy(ThreatCase, { id: dto.caseId });
        if (!c) throw new Problem(422, 'SAFETY_PLAN.UNKNOWN_CASE', `No threat-assessment case ${dto.caseId}`);
        if (c.studentId !== dto.studentId) throw new Problem(422, 'SAFETY_PLAN.CASE_MISMATCH', `Case ${c.id} is about another student`);
      }
      const plan = await em.save(
        em.create(SafetyPlan, {
          studentId: dto.studentId,
          campusId: dto.campusId,
          caseId: dto.caseId ?? null,
          status: 'active',
          ...safetyPlanContent(dto),
          version: 1,
          createdBy: by.sub,
          createdAt: now,
          updatedBy: by.sub,
          updatedAt: now,
        }),
      );
      await publishSafetyPlanRecorded(em, this.outbox, plan);
      await this.police.publishRecord(em, safetyPlanRecord(plan), now);
      return safetyPlanView(plan);
    });
  }
}
