import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EligibilityChangedEvent, type CloudEvent, type EligibilityChanged } from '#contracts';
import { InboxConsumer, InboxContext } from '#messaging';

/** Keeps staff_eligibility at training's latest word per staff member (events are keyed by staff id, so in order). */
@InboxConsumer('staffing.staff-eligibility')
export class ProjectEligibilityHandler {
  @EventPattern<string>(EligibilityChangedEvent.type)
  async eligibilityChanged(@Payload() event: CloudEvent<EligibilityChanged>, @Ctx() { em }: InboxContext): Promise<void> {
    const e = event.data;
    await em.query(
      `INSERT INTO staff_eligibility (staff_id, cit_certified, valid_through, certification_id, reason, effective_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (district_id, staff_id) DO UPDATE
         SET cit_certified = EXCLUDED.cit_certified, valid_through = EXCLUDED.valid_through,
             certification_id = EXCLUDED.certification_id, reason = EXCLUDED.reason,
             effective_at = EXCLUDED.effective_at, updated_at = now()`,
      [e.staffId, e.citCertified, e.validThrough, e.certificationId, e.reason, e.effectiveAt],
    );
  }
}
