import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Purpose, Unit } from '#consent';
import type { Principal } from '#platform';
import { ConsentGate } from '../../consent-gate/data/consent-gate.js';
import { unitOf } from '../../consent-gate/api/requester.js';
import type { SupportPlanResponse } from '../api/support-plan.response.js';
import { loadSupportPlanView } from '../data/support-plan.view.js';

const DEFAULT_PURPOSE: Partial<Record<Unit, Purpose>> = { clinical: 'treatment', police: 'co-response', administration: 'referral' };

/** Through the consent gate: clinicians as school officials, others only under a consent or grant (R3a, R6), else like a missing plan (R10). */
@Injectable()
export class GetSupportPlanHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: ConsentGate,
  ) {}

  execute(id: string, purpose: Purpose | undefined, by: Principal, actingRole: string | undefined, now: Date): Promise<SupportPlanResponse> {
    const unit = unitOf(by, actingRole);
    return this.dataSource.transaction(async (em) => {
      const view = await loadSupportPlanView(em, id);
      const read = await this.gate.read(
        em,
        {
          recordType: 'support-plan',
          record: view,
          recordFacts: { studentId: view?.studentId ?? '', ...(view ? { authorId: view.startedBy } : {}) },
          recordId: id,
          requester: by,
          actingRole,
          purpose: purpose ?? (unit && DEFAULT_PURPOSE[unit]) ?? 'referral',
          notFound: { code: 'SUPPORT_PLAN.NOT_FOUND', detail: `No support plan ${id}` },
        },
        now,
      );
      return { ...read.data, ...(read.redisclosure ? { redisclosure: read.redisclosure } : {}) };
    });
  }
}
