import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, UuidParam, type Principal } from '#platform';
import { IncidentStep } from '../../incidents/api/incident-endpoints.js';
import { IncidentResponse } from '../../incidents/api/incident.response.js';
import { DispatchCoRespondersDto } from './dispatch-co-responders.dto.js';
import { DispatchCoRespondersHandler } from './dispatch-co-responders.handler.js';

@ApiTags('co-response')
@Controller('incidents')
export class DispatchCoRespondersController {
  constructor(private readonly handler: DispatchCoRespondersHandler) {}

  @Post(':id/dispatch')
  @IncidentStep({
    roles: ['officer', 'police-chief', 'system'],
    summary: 'Dispatch responders to a triaged incident (triaged → dispatched)',
    description:
      'When triage indicated co-response: an officer with a current CIT certification who is active and assigned to the ' +
      "incident's campus (else to a campus of the same dispatch area), together with a licensed, active clinician on a " +
      'non-cancelled on-call shift covering the campus at the dispatch instant. Otherwise an officer alone. With none of ' +
      "its own, a partner district's on-call clinician or CIT officer under a sharing agreement in force for the campus " +
      '(recorded on the incident and audited in both districts). Free responders ' +
      'and primary assignments come first. Eligibility is read from local projections of staffing and training events. ' +
      'Publishes incidents.incident.dispatched.',
    conflict:
      'Not triaged (INCIDENT.ILLEGAL_TRANSITION); or nobody eligible (DISPATCH.NO_ELIGIBLE_PAIR / DISPATCH.NO_ELIGIBLE_OFFICER, ' +
      '`reasons`: no-cit-officer, no-clinician-on-call, no-officer, and a detail saying why)',
    notBefore: 'before triage',
  })
  dispatch(@UuidParam('id') id: string, @Body() dto: DispatchCoRespondersDto, @CurrentPrincipal() by: Principal): Promise<IncidentResponse> {
    return this.handler.execute(id, dto ?? new DispatchCoRespondersDto(), new Date(), by);
  }
}
