import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { districtTimeZone, keysetPage } from '#platform';
import { addDays, districtDay } from '../../calendar/domain/district-time.js';
import { Certification } from '../data/certification.entity.js';
import type { ListExpiringCertificationsQuery } from './list-expiring-certifications.dto.js';

/**
 * Certifications expiring within the window, or lapsed within it, by unit and category. Pages walk
 * the partial (expires_on, id) indexes of unrevoked certifications.
 */
@Injectable()
export class ListExpiringCertificationsHandler {
  constructor(@InjectRepository(Certification) private readonly certifications: Repository<Certification>) {}

  async execute(q: ListExpiringCertificationsQuery, now: Date): Promise<{ asOf: string; items: Certification[]; nextCursor: string | null }> {
    const asOf = q.asOf ?? districtDay(now, districtTimeZone());
    const days = q.days ?? 90;
    // expiresOn is exclusive: a certification expiring on D is valid through D - 1 and lapsed from D.
    const [from, to] = q.state === 'lapsed' ? [addDays(asOf, -days), asOf] : [asOf, addDays(asOf, days)];
    const qb = this.certifications
      .createQueryBuilder('c')
      .where('c.revoked_at IS NULL')
      .andWhere('c.expires_on > CAST(:from AS date) AND c.expires_on <= CAST(:to AS date)', { from, to });
    if (q.category) qb.andWhere('c.category = :category', { category: q.category });
    if (q.unit) qb.andWhere('EXISTS (SELECT 1 FROM person p WHERE p.staff_id = c.staff_id AND p.unit = :unit AND p.active)', { unit: q.unit });
    const keys = [{ column: 'c.expires_on', kind: 'date' }, { column: 'c.id', kind: 'uuid' }] as const;
    return { asOf, ...(await keysetPage(qb, keys, 'ASC', q)) };
  }
}
