import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EligibilityChangedEvent, type CloudEvent, type EligibilityChanged } from '#contracts';
import type { EventHandler } from '#messaging';

/**
 * Training's co-responder verdicts, kept as a history (not just the latest), so dispatch can ask
 * what held at any instant, and a verdict arriving late does not overwrite a newer one.
 */
@Injectable()
export class ProjectTrainingEligibilityHandler implements EventHandler {
  readonly consumer = 'incidents.co-responder-training';
  readonly handles = [EligibilityChangedEvent];

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    const e = event.data as EligibilityChanged;
    await em.query(
      `INSERT INTO officer_eligibility_change (event_id, staff_id, cit_certified, valid_through, certification_id, reason, effective_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING`,
      [event.id, e.staffId, e.citCertified, e.validThrough, e.certificationId, e.reason, e.effectiveAt],
    );
  }
}
