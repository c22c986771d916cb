import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { debriefDue, localDate, matchPeer, type PeerCandidate } from '#consent';
import { districtTimeZone, Problem } from '#platform';
import { WellnessPolicyProvider } from '../../policy/wellness-policy.js';
import { EapClinician } from './eap-clinician.entity.js';
import type { SupporterKind } from '../domain/support-kinds.js';
import type { SupportOffer } from './support-offer.entity.js';

/**
 * W7, W8: assigns a peer outside the staff member's chain of command (or, by choice or when no peer
 * fits, an EAP clinician) and sets the due time.
 */
@Injectable()
export class AssignSupporter {
  constructor(private readonly policy: WellnessPolicyProvider) {}

  async assign(em: EntityManager, offer: SupportOffer, wanted: SupporterKind, now: Date): Promise<void> {
    const peer = wanted === 'peer' ? await this.matchPeer(em, offer.staffId, now) : undefined;
    const eap = peer ? undefined : await this.leastLoadedEap(em);
    if (!peer && !eap) throw new Problem(503, 'SUPPORT.NO_SUPPORTER_AVAILABLE', 'No peer supporter or EAP clinician is available right now; please try again later');
    Object.assign(offer, {
      supporterKind: peer ? 'peer' : 'eap',
      assignedTo: peer ?? eap!.sub,
      dueAt: debriefDue(now, this.policy.policy),
    });
  }

  private async matchPeer(em: EntityManager, staffId: string, now: Date): Promise<string | undefined> {
    const roster: { staff_id: string; supervisor_id: string | null }[] = await em.query(`SELECT staff_id, supervisor_id FROM staff_member`);
    const supervisorOf = new Map(roster.map((r) => [r.staff_id, r.supervisor_id]));
    const rows: { staff_id: string; issued_on: string; expires_on: string | null; revoked: boolean; load: number }[] = await em.query(
      `SELECT c.staff_id, to_char(c.issued_on, 'YYYY-MM-DD') AS issued_on, to_char(c.expires_on, 'YYYY-MM-DD') AS expires_on, c.revoked,
              (SELECT count(*)::int FROM support_offer o WHERE o.assigned_to = c.staff_id::text AND o.held_at IS NULL) AS load
         FROM peer_certification c JOIN staff_member m ON m.staff_id = c.staff_id AND m.active`,
    );
    const byStaff = new Map<string, PeerCandidate>();
    for (const r of rows) {
      const c = byStaff.get(r.staff_id) ?? { staffId: r.staff_id, load: r.load, certifications: [] };
      byStaff.set(r.staff_id, { ...c, certifications: [...c.certifications, { issuedOn: r.issued_on, expiresOn: r.expires_on, revoked: r.revoked }] });
    }
    return matchPeer(staffId, [...byStaff.values()], supervisorOf, localDate(now, districtTimeZone())).peer;
  }

  private leastLoadedEap(em: EntityManager): Promise<EapClinician | null> {
    return em
      .getRepository(EapClinician)
      .createQueryBuilder('e')
      .where('e.active')
      .orderBy(`(SELECT count(*) FROM support_offer o WHERE o.assigned_to = e.sub AND o.held_at IS NULL)`, 'ASC')
      .addOrderBy('e.sub', 'ASC')
      .getOne();
  }
}
