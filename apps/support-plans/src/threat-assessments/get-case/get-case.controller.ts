import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ActingRole } from '../../consent-gate/api/acting-role.param.js';
import { ThreatCaseResponse } from '../api/threat-case.response.js';
import { GetCaseHandler } from './get-case.handler.js';
import { NOT_LOGGED_PROBLEM } from '../../consent-gate/api/not-logged.problem.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class GetCaseController {
  constructor(private readonly handler: GetCaseHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['clinician', 'bh-director', 'officer', 'police-chief', 'admin'],
    summary: 'Read a threat-assessment case (through the consent rules)',
    description:
      'Clinicians see the whole case. A police or administrator member of its multidisciplinary team sees the EDU-SAFETY fields only ' +
      '(level of concern, stage, team, interventions, outcome; R3c, R11), marked redisclosure=prohibited (R8) and logged (R7). ' +
      'Anyone else gets exactly the answer for a case that does not exist (R10).',
    response: ThreatCaseResponse,
    problems: { 404: 'No such case, or none you may see (THREAT_CASE.NOT_FOUND)', ...NOT_LOGGED_PROBLEM },
  })
  async get(
    @UuidParam('id') id: string,
    @CurrentPrincipal() requester: Principal,
    @ActingRole() actingRole?: string,
  ): Promise<ThreatCaseResponse> {
    return this.handler.execute(id, requester, actingRole, new Date());
  }
}
