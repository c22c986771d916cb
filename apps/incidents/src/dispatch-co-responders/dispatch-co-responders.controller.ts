import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { IncidentResponse } from '../incident/incident.response.js';
import { DispatchCoRespondersDto } from './dispatch-co-responders.dto.js';
import { DispatchCoRespondersHandler } from './dispatch-co-responders.handler.js';

@ApiTags('co-response')
@Controller('incidents')
export class DispatchCoRespondersController {
  constructor(private readonly handler: DispatchCoRespondersHandler) {}

  @Post(':id/dispatch')
  @HttpCode(200)
  @Authorize('officer', 'police-chief', 'system')
  @ApiOperation({
    summary: 'Dispatch responders to a triaged incident (triaged → dispatched)',
    description:
      'When triage indicated co-response: an officer with a current CIT certification who is active and assigned to the ' +
      "incident's campus (else to a campus of the same dispatch area), together with a licensed, active clinician on a " +
      'non-cancelled on-call shift covering the campus at the dispatch instant. Otherwise an officer alone. Free responders ' +
      'and primary assignments come first. Eligibility is read from local projections of staffing and training events. ' +
      'Publishes incidents.incident.dispatched.',
  })
  @ApiOkResponse({ type: IncidentResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such incident (INCIDENT.NOT_FOUND)')
  @ApiProblem(
    409,
    'Not triaged (INCIDENT.ILLEGAL_TRANSITION); or nobody eligible (DISPATCH.NO_ELIGIBLE_PAIR / DISPATCH.NO_ELIGIBLE_OFFICER, ' +
      '`reasons`: no-cit-officer, no-clinician-on-call, no-officer, and a detail saying why)',
  )
  @ApiProblem(422, 'Time in the future or before triage (INCIDENT.TIME_IN_FUTURE / INCIDENT.TIME_OUT_OF_ORDER)')
  dispatch(@UuidParam('id') id: string, @Body() dto: DispatchCoRespondersDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto ?? new DispatchCoRespondersDto(), new Date());
  }
}
