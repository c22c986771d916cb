import type { EntityManager } from 'typeorm';
import { CERTIFICATION_WARNING_THRESHOLDS, LicenseExpiredEvent, LicenseExpiringEvent, type LicenseExpiring } from '#contracts';
import type { Outbox } from '#messaging';
import { addInChunks } from './outbox-chunks.js';

interface LicenseRow {
  id: string;
  staff_id: string;
  license_type: LicenseExpiring['licenseType'];
  expires_on: string;
  days_remaining: number;
}

const THRESHOLDS = [...CERTIFICATION_WARNING_THRESHOLDS].sort((a, b) => a - b);

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
    [day, Math.max(...THRESHOLDS)],
  );
  if (rows.length === 0) return 0;
  const inserted: { license_id: string; threshold_days: number }[] = await em.query(
    `INSERT INTO license_warning (license_id, threshold_days, as_of, superseded)
     SELECT l.id, t.threshold, $2::date, false
       FROM unnest($1::uuid[], $3::int[]) AS l(id, days) JOIN unnest($4::int[]) AS t(threshold) ON l.days <= t.threshold
     ON CONFLICT DO NOTHING RETURNING license_id, threshold_days`,
    [rows.map((r) => r.id), day, rows.map((r) => r.days_remaining), THRESHOLDS],
  );
  const tightest = new Map<string, number>();
  for (const w of inserted) tightest.set(w.license_id, Math.min(w.threshold_days, tightest.get(w.license_id) ?? Infinity));
  const superseded = inserted.filter((w) => w.threshold_days !== tightest.get(w.license_id));
  if (superseded.length) {
    await em.query(
      `UPDATE license_warning w SET superseded = true FROM unnest($1::uuid[], $2::int[]) AS s(id, threshold)
        WHERE w.license_id = s.id AND w.threshold_days = s.threshold`,
      [superseded.map((w) => w.license_id), superseded.map((w) => w.threshold_days)],
    );
  }
  const warnings: LicenseExpiring[] = rows
    .filter((l) => tightest.has(l.id))
    .map((l) => ({
      licenseId: l.id,
      staffId: l.staff_id,
      licenseType: l.license_type,
      expiresOn: l.expires_on,
      thresholdDays: tightest.get(l.id) as LicenseExpiring['thresholdDays'],
      daysRemaining: l.days_remaining,
    }));
  await addInChunks(outbox, em, LicenseExpiringEvent, warnings);
  return warnings.length;
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
