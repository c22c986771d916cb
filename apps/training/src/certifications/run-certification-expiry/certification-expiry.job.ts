import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CertificationExpiredEvent, CertificationExpiringEvent, EligibilityChangedEvent, type CertificationExpiring } from '#contracts';
import { Outbox } from '#messaging';
import { districtDay, startOfDistrictDay } from '../../calendar/domain/district-time.js';
import { publishWarnings, WIDEST_WARNING } from './expiry-warnings.js';
import { expireLicenses, warnLicenses } from './license-expiry.js';
import { addInChunks } from './outbox-chunks.js';
import { districtTimeZone } from '#platform';

export interface ExpiryRunResult {
  asOf: string;
  /** The district day the run judged by. */
  day: string;
  warningsPublished: number;
  expiriesRecorded: number;
  eligibilityChanges: number;
  /** training.license.expiring / .expired events (clinician licenses). */
  licenseWarningsPublished: number;
  licenseExpiriesRecorded: number;
  /** A run for a district day after today: counted, then rolled back; nothing recorded or published. */
  preview: boolean;
}

/** Carries a preview's counts out of the transaction it rolls back. */
class PreviewRollback extends Error {
  constructor(readonly result: ExpiryRunResult) {
    super('preview: rolled back');
  }
}

interface CertificationRow {
  id: string;
  staff_id: string;
  course_code: string;
  category: CertificationExpiring['category'];
  expires_on: string;
  days_remaining: number;
}

/**
 * Expiry warnings (90/60/30 days) and expiries, as of an instant. Safe to run twice and
 * concurrently: each warning and expiry is a unique row inserted in the same transaction as its
 * event, and runs take a transaction-scoped advisory lock so a second run waits and finds them.
 */
@Injectable()
export class CertificationExpiryJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Judges as of `asOf`. A district day after today's (by `now`) is a preview: it would otherwise
   * record tomorrow's expiries today, and every service would act on them (staffing and incidents
   * would say "not CIT certified" while the certification is still valid). A preview computes the
   * same counts in a transaction that is rolled back.
   */
  async run(asOf: Date, now: Date = new Date()): Promise<ExpiryRunResult> {
    const day = districtDay(asOf, districtTimeZone());
    const preview = day > districtDay(now, districtTimeZone());
    try {
      return await this.dataSource.transaction(async (em) => {
        await em.query(`SELECT pg_advisory_xact_lock(hashtext('training.certification-expiry'))`);
        const warningsPublished = await this.warn(em, day);
        const { expiriesRecorded, lapsedCitHolders } = await this.expire(em, day);
        const eligibilityChanges = await this.publishLapsedEligibility(em, day, lapsedCitHolders);
        const licenseWarningsPublished = await warnLicenses(em, this.outbox, day);
        const licenseExpiriesRecorded = await expireLicenses(em, this.outbox, day);
        const result = { asOf: asOf.toISOString(), day, warningsPublished, expiriesRecorded, eligibilityChanges, licenseWarningsPublished, licenseExpiriesRecorded, preview };
        if (preview) throw new PreviewRollback(result);
        return result;
      });
    } catch (err) {
      if (err instanceof PreviewRollback) return err.result;
      throw err;
    }
  }

  /** Certifications within the widest threshold; the tightest newly reached threshold of each gets the event. */
  private async warn(em: EntityManager, day: string): Promise<number> {
    const rows: CertificationRow[] = await em.query(
      `SELECT id, staff_id, course_code, category, to_char(expires_on, 'YYYY-MM-DD') AS expires_on, (expires_on - $1::date) AS days_remaining
         FROM certification
        WHERE revoked_at IS NULL AND expires_on > $1::date AND expires_on - $1::date <= $2
        ORDER BY id`,
      [day, WIDEST_WARNING],
    );
    return publishWarnings(em, this.outbox, { table: 'certification_warning', key: 'certification_id' }, day, rows, CertificationExpiringEvent, (c, thresholdDays) => ({
      certificationId: c.id,
      staffId: c.staff_id,
      courseCode: c.course_code,
      category: c.category,
      expiresOn: c.expires_on,
      thresholdDays: thresholdDays as CertificationExpiring['thresholdDays'],
      daysRemaining: c.days_remaining,
    }));
  }

  private async expire(em: EntityManager, day: string): Promise<{ expiriesRecorded: number; lapsedCitHolders: Map<string, string> }> {
    const rows: CertificationRow[] = await em.query(
      `WITH lapsed AS (
         INSERT INTO certification_expiry (certification_id, expired_on)
         SELECT id, expires_on FROM certification
          WHERE revoked_at IS NULL AND expires_on <= $1::date
         ON CONFLICT DO NOTHING RETURNING certification_id)
       SELECT c.id, c.staff_id, c.course_code, c.category, to_char(c.expires_on, 'YYYY-MM-DD') AS expires_on, 0 AS days_remaining
         FROM certification c JOIN lapsed l ON l.certification_id = c.id
        ORDER BY c.expires_on, c.id`,
      [day],
    );
    await addInChunks(
      this.outbox,
      em,
      CertificationExpiredEvent,
      rows.map((c) => ({ certificationId: c.id, staffId: c.staff_id, courseCode: c.course_code, category: c.category, expiredOn: c.expires_on })),
    );
    const lapsedCitHolders = new Map<string, string>();
    for (const c of rows.filter((r) => r.category === 'cit')) lapsedCitHolders.set(c.staff_id, c.expires_on);
    return { expiriesRecorded: rows.length, lapsedCitHolders };
  }

  /** Only those left without any current CIT certification lose eligibility; a renewal keeps them eligible. */
  private async publishLapsedEligibility(em: EntityManager, day: string, lapsed: Map<string, string>): Promise<number> {
    if (lapsed.size === 0) return 0;
    const stillCertified: { staff_id: string }[] = await em.query(
      `SELECT DISTINCT staff_id FROM certification
        WHERE staff_id = ANY ($1::uuid[]) AND category = 'cit' AND revoked_at IS NULL
          AND issued_on <= $2::date AND (expires_on IS NULL OR expires_on > $2::date)`,
      [[...lapsed.keys()], day],
    );
    const renewed = new Set(stillCertified.map((r) => r.staff_id));
    const changes = [...lapsed]
      .filter(([staffId]) => !renewed.has(staffId))
      .map(([staffId, expiredOn]) => ({
        staffId,
        citCertified: false,
        validThrough: null,
        certificationId: null,
        reason: 'expired' as const,
        effectiveAt: startOfDistrictDay(expiredOn, districtTimeZone()).toISOString(),
      }));
    await addInChunks(this.outbox, em, EligibilityChangedEvent, changes);
    return changes.length;
  }
}
