import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CertificationGrantedEvent, CertificationRevokedEvent, type CertificationGranted, type CertificationRevoked, type CloudEvent } from '#contracts';
import { InboxConsumer, InboxContext } from '#messaging';

/**
 * Keeps officer_certification in step with training. Upserts, so a revocation that somehow
 * arrives first is not undone by its grant.
 */
@InboxConsumer('incidents.co-responder-eligibility')
export class ProjectCertificationsHandler {
  @EventPattern<string>(CertificationGrantedEvent.type)
  async granted(@Payload() event: CloudEvent<CertificationGranted>, @Ctx() { em }: InboxContext): Promise<void> {
    const g = event.data;
    await em.query(
      `INSERT INTO officer_certification (certification_id, staff_id, category, issued_on, expires_on)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (district_id, certification_id) DO UPDATE
         SET staff_id = EXCLUDED.staff_id, category = EXCLUDED.category,
             issued_on = EXCLUDED.issued_on, expires_on = EXCLUDED.expires_on`,
      [g.certificationId, g.staffId, g.category, g.issuedOn, g.expiresOn],
    );
  }

  @EventPattern<string>(CertificationRevokedEvent.type)
  async revoked(@Payload() event: CloudEvent<CertificationRevoked>, @Ctx() { em }: InboxContext): Promise<void> {
    const r = event.data;
    await em.query(
      `INSERT INTO officer_certification (certification_id, staff_id, revoked) VALUES ($1, $2, true)
       ON CONFLICT (district_id, certification_id) DO UPDATE SET revoked = true`,
      [r.certificationId, r.staffId],
    );
  }
}
