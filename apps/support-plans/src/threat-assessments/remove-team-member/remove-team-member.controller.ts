import { Controller, Delete, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ThreatCaseResponse } from '../api/threat-case.response.js';
import { RemoveTeamMemberHandler } from './remove-team-member.handler.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class RemoveTeamMemberController {
  constructor(private readonly handler: RemoveTeamMemberHandler) {}

  @Delete(':id/team/:memberId')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Remove a member from the threat-assessment team',
    description: 'Access through the team ends at once (R3c). The membership stays on record. Publishes support.threat-case.team-changed.',
    response: ThreatCaseResponse,
    problems: { 404: 'No such case (THREAT_CASE.NOT_FOUND) or not a member (THREAT_TEAM.NOT_MEMBER)' },
  })
  async remove(
    @UuidParam('id') id: string,
    @Param('memberId') memberId: string,
    @CurrentPrincipal() by: Principal,
  ): Promise<ThreatCaseResponse> {
    return this.handler.execute(id, memberId, by, new Date());
  }
}
