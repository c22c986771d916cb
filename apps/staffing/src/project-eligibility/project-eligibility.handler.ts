import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EligibilityChangedEvent, type CloudEvent, type EligibilityChanged } from '#contracts';
import type { EventHandler } from '#messaging';

/** Keeps staff_eligibility at training's latest word per staff member (events are keyed by staff id, so in order). */
@Injectable()
export class ProjectEligibilityHandler implements EventHandler {
  readonly consumer = 'staffing.staff-eligibility';
  readonly handles = [EligibilityChangedEvent];

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    const e = event.data as EligibilityChanged;
    await em.query(
      `INSERT INTO staff_eligibility (staff_id, cit_certified, valid_through, certification_id, reason, effective_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (staff_id) DO UPDATE
         SET cit_certified = EXCLUDED.cit_certified, valid_through = EXCLUDED.valid_through,
             certification_id = EXCLUDED.certification_id, reason = EXCLUDED.reason,
             effective_at = EXCLUDED.effective_at, updated_at = now()`,
      [e.staffId, e.citCertified, e.validThrough, e.certificationId, e.reason, e.effectiveAt],
    );
  }
}
