import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CertificationGrantedEvent, CertificationRevokedEvent, type CertificationGranted, type CertificationRevoked, type CloudEvent } from '#contracts';
import { PEER_SUPPORT_CATEGORY } from '#consent';
import { InboxConsumer, InboxContext } from '#messaging';

/** W8: who holds a peer-support certification, and until when; other certifications are not kept. */
@InboxConsumer('wellness.peer-supporters')
export class ProjectPeerCertificationsHandler {
  @EventPattern<string>(CertificationGrantedEvent.type)
  async granted(@Payload() event: CloudEvent<CertificationGranted>, @Ctx() { em }: InboxContext): Promise<void> {
    const g = event.data;
    if (g.category !== PEER_SUPPORT_CATEGORY) return;
    await em.query(
      `INSERT INTO peer_certification (certification_id, staff_id, issued_on, expires_on) VALUES ($1, $2, $3, $4)
       ON CONFLICT (district_id, certification_id) DO NOTHING`,
      [g.certificationId, g.staffId, g.issuedOn, g.expiresOn],
    );
  }

  /** Revocations of other categories match no row. */
  @EventPattern<string>(CertificationRevokedEvent.type)
  async revoked(@Payload() event: CloudEvent<CertificationRevoked>, @Ctx() { em }: InboxContext): Promise<void> {
    await em.query(`UPDATE peer_certification SET revoked = true WHERE certification_id = $1`, [event.data.certificationId]);
  }
}
