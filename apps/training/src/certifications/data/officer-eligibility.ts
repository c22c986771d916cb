import type { EntityManager } from 'typeorm';
import type { EligibilityChanged } from '#contracts';
import { addDays } from '../../calendar/domain/district-time.js';

export type EligibilityState = Pick<EligibilityChanged, 'citCertified' | 'validThrough' | 'certificationId'>;

/**
 * The officer half of co-responder eligibility on a district day (policy): a current, unrevoked CIT
 * certification. With several, the one that runs longest (never-expiring first) is the one reported.
 */
export async function eligibilityOn(em: EntityManager, staffId: string, day: string): Promise<EligibilityState> {
  const rows: { id: string; expires_on: string | null }[] = await em.query(
    `SELECT id, to_char(expires_on, 'YYYY-MM-DD') AS expires_on FROM certification
      WHERE staff_id = $1 AND category = 'cit' AND revoked_at IS NULL
        AND issued_on <= $2::date AND (expires_on IS NULL OR expires_on > $2::date)
      ORDER BY expires_on DESC NULLS FIRST, id LIMIT 1`,
    [staffId, day],
  );
  const current = rows[0];
  if (!current) return { citCertified: false, validThrough: null, certificationId: null };
  return { citCertified: true, validThrough: current.expires_on ? addDays(current.expires_on, -1) : null, certificationId: current.id };
}
