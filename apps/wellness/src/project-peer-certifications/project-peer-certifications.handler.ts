import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CertificationGrantedEvent, CertificationRevokedEvent, type CertificationGranted, type CertificationRevoked, type CloudEvent } from '#contracts';
import { PEER_SUPPORT_CATEGORY } from '#consent';
import type { EventHandler } from '#messaging';

/** W8: who holds a peer-support certification, and until when; other certifications are not kept. */
@Injectable()
export class ProjectPeerCertificationsHandler implements EventHandler {
  readonly consumer = 'wellness.peer-supporters';
  readonly handles = [CertificationGrantedEvent, CertificationRevokedEvent];

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    if (event.type === CertificationGrantedEvent.type) {
      const g = event.data as CertificationGranted;
      if (g.category !== PEER_SUPPORT_CATEGORY) return;
      await em.query(
        `INSERT INTO peer_certification (certification_id, staff_id, issued_on, expires_on) VALUES ($1, $2, $3, $4)
         ON CONFLICT (certification_id) DO NOTHING`,
        [g.certificationId, g.staffId, g.issuedOn, g.expiresOn],
      );
    } else {
      // Revocations of other categories match no row.
      await em.query(`UPDATE peer_certification SET revoked = true WHERE certification_id = $1`, [(event.data as CertificationRevoked).certificationId]);
    }
  }
}
