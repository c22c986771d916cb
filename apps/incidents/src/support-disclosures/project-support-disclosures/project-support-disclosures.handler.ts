import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';
import {
  ConsentRevokedEvent,
  PoliceProjectionPublishedEvent,
  PoliceProjectionWithdrawnEvent,
  type CloudEvent,
  type ConsentRevoked,
  type PoliceProjectionPublished,
  type PoliceProjectionWithdrawn,
} from '#contracts';
import { builtUnder } from '#consent';
import { InboxConsumer, InboxContext } from '#messaging';
import { checkBoundary } from '../domain/disclosure-boundary.js';

/**
 * The police side's read model of clinical data the clinical service projected for the police
 * unit (R3). On support.consent.revoked every row built under that consent is dropped in the
 * same inbox transaction (R9), and the consent is remembered, so a projection built under it that
 * arrives later (another partition) is never stored.
 */
@InboxConsumer('incidents.support-disclosures')
export class SupportDisclosuresHandler {
  @EventPattern<string>(PoliceProjectionPublishedEvent.type)
  async published(@Payload() { data: p }: CloudEvent<PoliceProjectionPublished>, @Ctx() { em }: InboxContext): Promise<void> {
    checkBoundary(p);
    const revoked = (await em.query(`SELECT 1 FROM support_disclosure_revoked_consent WHERE consent_id = ANY($1::uuid[]) LIMIT 1`, [p.consentIds])) as unknown[];
    if (revoked.length) {
      await em.query(`DELETE FROM support_disclosure WHERE projection_id = $1`, [p.projectionId]);
      return;
    }
    // Same key, same partition: in order. The guard keeps an older copy from replacing a newer one on redelivery.
    // Its consents are mirrored in support_disclosure_consent (btree, usable under row-level security) from the row as stored.
    await em.query(
      `WITH disclosure AS (
         INSERT INTO support_disclosure (projection_id, record_type, student_id, purpose, data, consent_ids, grant_ids, redisclosure, notices, valid_until, projected_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::uuid[], $7::uuid[], $8, $9::text[], $10, $11)
         ON CONFLICT (district_id, projection_id) DO UPDATE SET
           data = EXCLUDED.data, consent_ids = EXCLUDED.consent_ids, grant_ids = EXCLUDED.grant_ids, notices = EXCLUDED.notices,
           valid_until = EXCLUDED.valid_until, projected_at = EXCLUDED.projected_at, purpose = EXCLUDED.purpose, received_at = now()
         WHERE support_disclosure.projected_at <= EXCLUDED.projected_at
         RETURNING projection_id, consent_ids
       ), dropped AS (
         DELETE FROM support_disclosure_consent c USING disclosure d WHERE c.projection_id = d.projection_id AND c.consent_id <> ALL (d.consent_ids)
       )
       INSERT INTO support_disclosure_consent (projection_id, consent_id)
       SELECT DISTINCT d.projection_id, c FROM disclosure d, unnest(d.consent_ids) AS c
       ON CONFLICT DO NOTHING`,
      [p.projectionId, p.recordType, p.studentId, p.purpose, JSON.stringify(p.data), p.consentIds, p.grantIds, p.redisclosure, p.notices, p.validUntil, p.projectedAt],
    );
  }

  @EventPattern<string>(PoliceProjectionWithdrawnEvent.type)
  async withdrawn(@Payload() event: CloudEvent<PoliceProjectionWithdrawn>, @Ctx() { em }: InboxContext): Promise<void> {
    await em.query(`DELETE FROM support_disclosure WHERE projection_id = $1`, [event.data.projectionId]);
  }

  @EventPattern<string>(ConsentRevokedEvent.type)
  async consentRevoked(@Payload() event: CloudEvent<ConsentRevoked>, @Ctx() { em }: InboxContext): Promise<void> {
    await this.revoke(event.data, em);
  }

  private async revoke(r: ConsentRevoked, em: EntityManager): Promise<void> {
    await em.query(`INSERT INTO support_disclosure_revoked_consent (consent_id, revoked_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [r.consentId, r.revokedAt]);
    // Through support_disclosure_consent: a GIN index on consent_ids is never used under row-level security.
    const rows = ((await em.query(
      `SELECT d.projection_id, d.consent_ids FROM support_disclosure_consent c JOIN support_disclosure d ON d.projection_id = c.projection_id
        WHERE c.consent_id = $1 FOR UPDATE OF d`,
      [r.consentId],
    )) as {
      projection_id: string;
      consent_ids: string[];
    }[]).map((row) => ({ projectionId: row.projection_id, consentIds: row.consent_ids }));
    const drop = builtUnder(rows, r.consentId).map((p) => p.projectionId);
    if (drop.length) await em.query(`DELETE FROM support_disclosure WHERE projection_id = ANY($1::uuid[])`, [drop]);
  }
}
