import type { EntityManager } from 'typeorm';
import { LicenseExpiredEvent, LicenseExpiringEvent, type LicenseExpiring } from '#contracts';
import type { Outbox } from '#messaging';
import { publishWarnings, WIDEST_WARNING } from './expiry-warnings.js';
import { addInChunks } from './outbox-chunks.js';

interface LicenseRow {
  id: string;
  staff_id: string;
  license_type: LicenseExpiring['licenseType'];
  expires_on: string;
  days_remaining: number;
}

/**
 * Clinician licenses, warned and expired like certifications (90/60/30 days, one row per license and
 * threshold, the tightest newly reached one published), inside the expiry job's transaction and lock.
 * A license renewed since (a later license of the same type) is neither warned nor expired.
 */
export async function warnLicenses(em: EntityManager, outbox: Outbox, day: string): Promise<number> {
  const rows: LicenseRow[] = await em.query(
    `SELECT l.id, l.staff_id, l.license_type, to_char(l.expires_on, 'YYYY-MM-DD') AS expires_on, (l.expires_on - $1::date) AS days_remaining
       FROM clinician_license l
      WHERE l.expires_on > $1::date AND l.expires_on - $1::date <= $2
        AND NOT EXISTS (SELECT 1 FROM clinician_license n WHERE n.staff_id = l.staff_id AND n.license_type = l.license_type AND n.expires_on > l.expires_on)
      ORDER BY l.id`,
    [day, WIDEST_WARNING],
  );
  return publishWarnings(em, outbox, { table: 'license_warning', key: 'license_id' }, day, rows, LicenseExpiringEvent, (l, thresholdDays) => ({
    licenseId: l.id,
    staffId: l.staff_id,
    licenseType: l.license_type,
    expiresOn: l.expires_on,
    thresholdDays: thresholdDays as LicenseExpiring['thresholdDays'],
    daysRemaining: l.days_remaining,
  }));
}

export async function expireLicenses(em: EntityManager, outbox: Outbox, day: string): Promise<number> {
  const rows: LicenseRow[] = await em.query(
    `WITH lapsed AS (
       INSERT INTO license_expiry (license_id, expired_on)
       SELECT l.id, l.expires_on FROM clinician_license l
        WHERE l.expires_on <= $1::date
          AND NOT EXISTS (SELECT 1 FROM clinician_license n WHERE n.staff_id = l.staff_id AND n.license_type = l.license_type AND n.expires_on > l.expires_on AND n.issued_on <= $1::date)
       ON CONFLICT DO NOTHING RETURNING license_id)
     SELECT l.id, l.staff_id, l.license_type, to_char(l.expires_on, 'YYYY-MM-DD') AS expires_on, 0 AS days_remaining
       FROM clinician_license l JOIN lapsed x ON x.license_id = l.id
      ORDER BY l.expires_on, l.id`,
    [day],
  );
  await addInChunks(outbox, em, LicenseExpiredEvent, rows.map((l) => ({ licenseId: l.id, staffId: l.staff_id, licenseType: l.license_type, expiredOn: l.expires_on })));
  return rows.length;
}
