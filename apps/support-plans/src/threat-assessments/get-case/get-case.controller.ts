import { Controller, Get, Headers } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { ACTING_ROLE_HEADER } from '../../consent-gate/api/requester.js';
import { ThreatCaseResponse } from '../api/threat-case.response.js';
import { GetCaseHandler } from './get-case.handler.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class GetCaseController {
  constructor(private readonly handler: GetCaseHandler) {}

  @Get(':id')
  @Authorize('clinician', 'bh-director', 'officer', 'police-chief', 'admin')
  @ApiOperation({
    summary: 'Read a threat-assessment case (through the consent rules)',
    description:
      'Clinicians see the whole case. A police or administrator member of its multidisciplinary team sees the EDU-SAFETY fields only ' +
      '(level of concern, stage, team, interventions, outcome; R3c, R11), marked redisclosure=prohibited (R8) and logged (R7). ' +
      'Anyone else gets exactly the answer for a case that does not exist (R10).',
  })
  @ApiHeader({ name: ACTING_ROLE_HEADER, required: false, description: 'With several roles: the one to act in' })
  @ApiOkResponse({ type: ThreatCaseResponse })
  @ApiProblem(404, 'No such case, or none you may see (THREAT_CASE.NOT_FOUND)')
  async get(
    @UuidParam('id') id: string,
    @CurrentPrincipal() requester: Principal,
    @Headers(ACTING_ROLE_HEADER) actingRole?: string,
  ): Promise<ThreatCaseResponse> {
    return this.handler.execute(id, requester, actingRole, new Date());
  }
}
