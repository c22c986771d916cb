import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EligibilityChangedEvent, type CloudEvent, type EligibilityChanged } from '#contracts';
import { InboxConsumer, InboxContext } from '#messaging';

/**
 * Training's co-responder verdicts, kept as a history (not just the latest), so dispatch can ask
 * what held at any instant, and a verdict arriving late does not overwrite a newer one.
 */
@InboxConsumer('incidents.co-responder-training')
export class ProjectTrainingEligibilityHandler {
  @EventPattern<string>(EligibilityChangedEvent.type)
  async eligibilityChanged(@Payload() event: CloudEvent<EligibilityChanged>, @Ctx() { em }: InboxContext): Promise<void> {
    const e = event.data;
    await em.query(
      `INSERT INTO officer_eligibility_change (event_id, staff_id, cit_certified, valid_through, certification_id, reason, effective_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (district_id, event_id) DO NOTHING`,
      [event.id, e.staffId, e.citCertified, e.validThrough, e.certificationId, e.reason, e.effectiveAt],
    );
  }
}
