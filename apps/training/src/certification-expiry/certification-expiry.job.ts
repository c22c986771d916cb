import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CERTIFICATION_WARNING_THRESHOLDS,
  CertificationExpiredEvent,
  CertificationExpiringEvent,
  EligibilityChangedEvent,
  type CertificationExpiring,
} from '#contracts';
import { Outbox } from '#messaging';
import { districtDay, startOfDistrictDay } from '../calendar/district-time.js';
import { eligibilityOn } from '../eligibility/officer-eligibility.js';

export interface ExpiryRunResult {
  asOf: string;
  /** The district day the run judged by. */
  day: string;
  warningsPublished: number;
  expiriesRecorded: number;
  eligibilityChanges: number;
}

interface CertificationRow {
  id: string;
  staff_id: string;
  course_code: string;
  category: CertificationExpiring['category'];
  expires_on: string;
  days_remaining: number;
}

const THRESHOLDS_ASCENDING = [...CERTIFICATION_WARNING_THRESHOLDS].sort((a, b) => a - b);

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

  run(asOf: Date): Promise<ExpiryRunResult> {
    const day = districtDay(asOf);
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('training.certification-expiry'))`);
      const warningsPublished = await this.warn(em, day);
      const { expiriesRecorded, lapsedCitHolders } = await this.expire(em, day);
      const eligibilityChanges = await this.publishLapsedEligibility(em, day, lapsedCitHolders);
      return { asOf: asOf.toISOString(), day, warningsPublished, expiriesRecorded, eligibilityChanges };
    });
  }

  /** The tightest threshold newly reached gets the event; wider ones reached at the same time are recorded as superseded. */
  private async warn(em: EntityManager, day: string): Promise<number> {
    const rows: CertificationRow[] = await em.query(
      `SELECT id, staff_id, course_code, category, to_char(expires_on, 'YYYY-MM-DD') AS expires_on, (expires_on - $1::date) AS days_remaining
         FROM certification
        WHERE revoked_at IS NULL AND expires_on > $1::date AND expires_on - $1::date <= $2
        ORDER BY id`,
      [day, Math.max(...THRESHOLDS_ASCENDING)],
    );
    const warnings: CertificationExpiring[] = [];
    for (const c of rows) {
      let published = false;
      for (const threshold of THRESHOLDS_ASCENDING.filter((t) => c.days_remaining <= t)) {
        const inserted: unknown[] = await em.query(
          `INSERT INTO certification_warning (certification_id, threshold_days, as_of, superseded)
           VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING threshold_days`,
          [c.id, threshold, day, published],
        );
        if (inserted.length === 0 || published) continue;
        published = true;
        warnings.push({
          certificationId: c.id,
          staffId: c.staff_id,
          courseCode: c.course_code,
          category: c.category,
          expiresOn: c.expires_on,
          thresholdDays: threshold,
          daysRemaining: c.days_remaining,
        });
      }
    }
    await this.outbox.addAll(em, CertificationExpiringEvent, warnings);
    return warnings.length;
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
    await this.outbox.addAll(
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
    let changes = 0;
    for (const [staffId, expiredOn] of lapsed) {
      const state = await eligibilityOn(em, staffId, day);
      if (state.citCertified) continue;
      await this.outbox.add(em, EligibilityChangedEvent, {
        staffId,
        ...state,
        reason: 'expired' as const,
        effectiveAt: startOfDistrictDay(expiredOn).toISOString(),
      });
      changes++;
    }
    return changes;
  }
}
