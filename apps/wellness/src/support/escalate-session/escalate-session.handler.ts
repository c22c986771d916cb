import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { escalationDecision, escalationLogEntry } from '#consent';
import { Problem } from '#platform';
import { WellnessPolicyProvider } from '../../policy/wellness-policy.js';
import { EscalationEntryResponse } from '../api/support.responses.js';
import { EapClinician } from '../data/eap-clinician.entity.js';
import { Escalation } from '../data/escalation.entity.js';
import { offerFor } from '../data/support-records.js';
import type { EscalateSessionDto } from './escalate-session.dto.js';

/** W9: the assigned supporter hands a session to a licensed EAP clinician; the justification is logged for the staff member. */
@Injectable()
export class EscalateSessionHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: WellnessPolicyProvider,
  ) {}

  execute(id: string, dto: EscalateSessionDto, bySub: string, now: Date): Promise<EscalationEntryResponse> {
    return this.dataSource.transaction(async (em) => {
      const offer = await offerFor(em, id, bySub, 'supporter');
      const clinician = await em.findOne(EapClinician, { where: { active: true }, order: { sub: 'ASC' } });
      const request = { bySub, staffId: offer.staffId, clinicianLicense: clinician?.license ?? null, justification: dto.justification };
      const decision = escalationDecision(request, this.policy.policy);
      if (!decision.allow || !clinician) throw new Problem(422, 'SUPPORT.ESCALATION_REFUSED', decision.reason);
      const log = escalationLogEntry(request, now);
      const entry = await em.save(
        em.create(Escalation, { offerId: id, staffId: log.staffId, bySub: log.by, clinicianSub: clinician.sub, clinicianLicense: log.clinicianLicense, justification: log.justification, at: now }),
      );
      Object.assign(offer, { supporterKind: 'eap', assignedTo: clinician.sub });
      await em.save(offer);
      return EscalationEntryResponse.from(entry);
    });
  }
}
