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

/** Keeps staff_certification in step with training's events (upserts; a revocation sticks). */
@Injectable()
export class ProjectCertificationsHandler implements EventHandler {
  readonly consumer = 'staffing.staff-certifications';
  readonly handles = [CertificationGrantedEvent, CertificationRevokedEvent];

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    if (event.type === CertificationGrantedEvent.type) {
      const g = event.data as CertificationGranted;
      await em.query(
        `INSERT INTO staff_certification (certification_id, staff_id, course_code, category, issued_on, expires_on)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (certification_id) DO UPDATE
           SET staff_id = EXCLUDED.staff_id, course_code = EXCLUDED.course_code, category = EXCLUDED.category,
               issued_on = EXCLUDED.issued_on, expires_on = EXCLUDED.expires_on`,
        [g.certificationId, g.staffId, g.courseCode, g.category, g.issuedOn, g.expiresOn],
      );
    } else {
      const r = event.data as CertificationRevoked;
      await em.query(
        `INSERT INTO staff_certification (certification_id, staff_id, revoked) VALUES ($1, $2, true)
         ON CONFLICT (certification_id) DO UPDATE SET revoked = true`,
        [r.certificationId, r.staffId],
      );
    }
  }
}
