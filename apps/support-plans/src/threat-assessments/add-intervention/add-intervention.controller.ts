import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ThreatCaseResponse } from '../api/threat-case.response.js';
import { AddInterventionDto } from './add-intervention.dto.js';
import { AddInterventionHandler } from './add-intervention.handler.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class AddInterventionController {
  constructor(private readonly handler: AddInterventionHandler) {}

  @Post(':id/interventions')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Plan an intervention for the case',
    description:
      'Care interventions (counseling) for a student under 18 need written parental consent for treatment in force (R11); ' +
      'a referral for a mental-health assessment does not. Publishes support.threat-case.intervention-added (type only).',
    status: 201,
    response: ThreatCaseResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such case (THREAT_CASE.NOT_FOUND)',
      409: 'The case is closed (THREAT_CASE.CLOSED)',
      422: 'Care for a minor without written parental consent (CARE.PARENTAL_CONSENT_REQUIRED, R11)',
    },
  })
  async add(
    @UuidParam('id') id: string,
    @Body() dto: AddInterventionDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<ThreatCaseResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
