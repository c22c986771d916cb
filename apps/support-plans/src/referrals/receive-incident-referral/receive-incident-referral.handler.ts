import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { ReferralReceivedEvent, ReferralRequestedEvent, type CloudEvent, type ReferralRequested } from '#contracts';
import { InboxConsumer, InboxContext, Outbox } from '#messaging';
import { referralFacts } from '../data/referral-facts.js';
import { referralRecord } from '../data/referral-record.js';
import { Referral } from '../data/referral.entity.js';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';

const DISPOSITION_TEXT: Record<ReferralRequested['disposition'], string> = {
  'referred-to-behavioral-health': 'referred to behavioral health',
  'diversion-program': 'diversion program',
};

/**
 * Referrals from incident dispositions. The event carries the minimum LE facts (R1, R2); stored
 * here they are part of an education record (EDU-CLIN, see the referral labels). One referral per
 * referralRequestId: the inbox drops a redelivered event, the unique index a request published twice.
 */
@InboxConsumer('support-plans.referral-intake')
export class ReceiveIncidentReferralHandler {
  constructor(
    private readonly outbox: Outbox,
    private readonly police: PolicePublisher,
  ) {}

  @EventPattern<string>(ReferralRequestedEvent.type)
  async referralRequested(@Payload() event: CloudEvent<ReferralRequested>, @Ctx() { em }: InboxContext): Promise<void> {
    const req = event.data;
    const inserted = (await em.query(
      `INSERT INTO referral (student_id, campus_id, source, incident_id, reason, safety_flag, status, created_by,
                             referral_request_id, incident_type, incident_occurred_at, mental_health_crisis, disposition)
       VALUES ($1, $2, 'incident', $3, $4, $5, 'received', $6, $7, $8, $9, $10, $11)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        req.studentId,
        req.campusId,
        req.incidentId,
        // Built from categories only: the narrative never left the police unit.
        `Incident disposition: ${DISPOSITION_TEXT[req.disposition]} (${req.incidentType}${req.mentalHealthCrisis ? ', mental-health crisis' : ''}).`,
        req.safetyFlag,
        `system:${event.source}`,
        req.referralRequestId,
        req.incidentType,
        req.occurredAt,
        req.mentalHealthCrisis,
        req.disposition,
      ],
    )) as { id: string }[];
    if (!inserted.length) return;
    const referral = await em.findOneByOrFail(Referral, { id: inserted[0].id });
    await this.outbox.add(em, ReferralReceivedEvent, referralFacts(referral));
    await this.police.publishRecord(em, referralRecord(referral), new Date());
  }
}
