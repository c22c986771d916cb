import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ThreatCaseResponse } from '../api/threat-case.response.js';
import { SetConcernLevelDto } from './set-concern-level.dto.js';
import { SetConcernLevelHandler } from './set-concern-level.handler.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class SetConcernLevelController {
  constructor(private readonly handler: SetConcernLevelHandler) {}

  @Post(':id/concern-level')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: "Set the case's level of concern (low, moderate, high, imminent)",
    description:
      'Recorded for the team, which must be multidisciplinary (R11) and must have screened the student. The level is EDU-SAFETY; ' +
      'the rationale EDU-CLIN. Publishes support.threat-case.concern-level-set.',
    status: 200,
    response: ThreatCaseResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such case (THREAT_CASE.NOT_FOUND)',
      409: 'Team incomplete (THREAT_TEAM.INCOMPLETE), no screening (THREAT_CASE.NOT_SCREENED), or closed (THREAT_CASE.CLOSED)',
    },
  })
  async set(
    @UuidParam('id') id: string,
    @Body() dto: SetConcernLevelDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<ThreatCaseResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
