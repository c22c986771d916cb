import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Problem } from '#platform';
import { referralRecord } from './referral-record.js';
import { Referral, type ReferralDeclineReason } from './referral.entity.js';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';

export type Decision =
  | { status: 'accepted'; assignedClinicianId: string | null; note: string | null }
  | { status: 'declined'; declineReason: ReferralDeclineReason; note: string | null };

/**
 * received → accepted | declined, once. The transition is one conditional UPDATE: of two
 * concurrent decisions the second finds the row no longer `received` (it waits for the first's
 * row lock, then re-reads it) and gets 409, so they cannot both win.
 */
@Injectable()
export class ReferralDecider {
  constructor(private readonly police: PolicePublisher) {}

  async decide(em: EntityManager, id: string, d: Decision, by: string, now: Date): Promise<Referral> {
    const [rows] = (await em.query(
      `UPDATE referral
          SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5, decline_reason = $6, assigned_clinician_id = $7
        WHERE id = $1 AND status = 'received'
        RETURNING id`,
      [id, d.status, by, now, d.note, d.status === 'declined' ? d.declineReason : null, d.status === 'accepted' ? d.assignedClinicianId : null],
    )) as [{ id: string }[], number];
    if (!rows.length) {
      const current = await em.findOneBy(Referral, { id });
      if (!current) throw Problem.notFound('REFERRAL.NOT_FOUND', `No referral ${id}`);
      throw Problem.conflict('REFERRAL.ILLEGAL_TRANSITION', `Referral ${id} was ${current.status} already; only a received referral can be ${d.status}`, {
        referralStatus: current.status,
      });
    }
    const referral = await em.findOneByOrFail(Referral, { id });
    // A changed record is offered to the police projection again: libs/consent decides what may cross (R3, R9).
    await this.police.publishRecord(em, referralRecord(referral), now);
    return referral;
  }
}
