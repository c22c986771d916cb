import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CriticalIncidentRecordedEvent, type CloudEvent, type CriticalIncidentRecorded } from '#contracts';
import { debriefRecipients, offerExpiry } from '#consent';
import { InboxConsumer, InboxContext } from '#messaging';
import { WellnessPolicyProvider } from '../../policy/wellness-policy.js';

/** W6: one confidential debrief offer per staff member involved (once per critical fact, even if redelivered). */
@InboxConsumer('wellness.critical-incidents')
export class ProjectCriticalIncidentsHandler {
  constructor(private readonly policy: WellnessPolicyProvider) {}

  @EventPattern<string>(CriticalIncidentRecordedEvent.type)
  async criticalIncidentRecorded(@Payload() event: CloudEvent<CriticalIncidentRecorded>, @Ctx() { em }: InboxContext): Promise<void> {
    const fact = event.data;
    const offeredAt = new Date(fact.recordedAt);
    const expiresAt = offerExpiry(offeredAt, this.policy.policy);
    for (const staffId of debriefRecipients(fact)) {
      await em.query(
        `INSERT INTO support_offer (staff_id, kind, source, critical_incident_id, offered_at, expires_at)
         VALUES ($1, 'debrief', 'critical-incident', $2, $3, $4) ON CONFLICT (district_id, staff_id, critical_incident_id) DO NOTHING`,
        [staffId, fact.criticalIncidentId, offeredAt, expiresAt],
      );
    }
  }
}
