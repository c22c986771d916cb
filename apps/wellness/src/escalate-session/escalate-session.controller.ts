import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { escalationDecision, escalationLogEntry } from '#consent';
import { ApiProblem, Authorize, CurrentPrincipal, Problem, type Principal, UuidParam } from '#platform';
import { WellnessPolicyProvider } from '../policy/wellness-policy.js';
import { EapClinician } from '../support/eap-clinician.entity.js';
import { Escalation } from '../support/escalation.entity.js';
import { STAFF_ROLES } from '../support/staff-roles.js';
import { offerFor } from '../support/support-records.js';
import { EscalationEntryResponse } from '../support/support.responses.js';
import { EscalateSessionDto } from './escalate-session.dto.js';

@ApiTags('support')
@Controller('support-sessions')
export class EscalateSessionController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: WellnessPolicyProvider,
  ) {}

  @Post(':id/escalations')
  @HttpCode(201)
  @Authorize(...STAFF_ROLES)
  @ApiOperation({
    summary: 'Imminent danger: hand a session you support to a licensed EAP clinician (W9)',
    description: 'The one exception to confidentiality. Never goes to command; the justification and who took over are logged, and the staff member sees the entry in GET /me/support-offers.',
  })
  @ApiCreatedResponse({ type: EscalationEntryResponse })
  @ApiProblem(404, 'No such session, or not assigned to you (SUPPORT.NOT_FOUND)')
  @ApiProblem(422, 'Justification too short, or no licensed clinician (SUPPORT.ESCALATION_REFUSED)')
  escalate(@UuidParam('id') id: string, @Body() dto: EscalateSessionDto, @CurrentPrincipal() by: Principal): Promise<EscalationEntryResponse> {
    const now = new Date();
    return this.dataSource.transaction(async (em) => {
      const offer = await offerFor(em, id, by.sub, 'supporter');
      const clinician = await em.findOne(EapClinician, { where: { active: true }, order: { sub: 'ASC' } });
      const request = { bySub: by.sub, staffId: offer.staffId, clinicianLicense: clinician?.license ?? null, justification: dto.justification };
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
