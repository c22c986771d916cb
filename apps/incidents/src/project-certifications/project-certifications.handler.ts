import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CertificationGrantedEvent,
  CertificationRevokedEvent,
  type CertificationGranted,
  type CertificationRevoked,
  type CloudEvent,
} from '#contracts';
import type { EventHandler } from '#messaging';

/**
 * Keeps officer_certification in step with training. Upserts, so a revocation that somehow
 * arrives first is not undone by its grant.
 */
@Injectable()
export class ProjectCertificationsHandler implements EventHandler {
  readonly consumer = 'incidents.co-responder-eligibility';
  readonly handles = [CertificationGrantedEvent, CertificationRevokedEvent];

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    if (event.type === CertificationGrantedEvent.type) {
      const g = event.data as CertificationGranted;
      await em.query(
        `INSERT INTO officer_certification (certification_id, staff_id, category, issued_on, expires_on)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (certification_id) DO UPDATE
           SET staff_id = EXCLUDED.staff_id, category = EXCLUDED.category,
               issued_on = EXCLUDED.issued_on, expires_on = EXCLUDED.expires_on`,
        [g.certificationId, g.staffId, g.category, g.issuedOn, g.expiresOn],
      );
    } else {
      const r = event.data as CertificationRevoked;
      await em.query(
        `INSERT INTO officer_certification (certification_id, staff_id, revoked) VALUES ($1, $2, true)
         ON CONFLICT (certification_id) DO UPDATE SET revoked = true`,
        [r.certificationId, r.staffId],
      );
    }
  }
}
