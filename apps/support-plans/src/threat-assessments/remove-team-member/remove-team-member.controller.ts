import { Controller, Delete, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { ThreatCaseResponse } from '../api/threat-case.response.js';
import { RemoveTeamMemberHandler } from './remove-team-member.handler.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class RemoveTeamMemberController {
  constructor(private readonly handler: RemoveTeamMemberHandler) {}

  @Delete(':id/team/:memberId')
  @Authorize('clinician', 'bh-director')
  @ApiOperation({
    summary: 'Remove a member from the threat-assessment team',
    description: 'Access through the team ends at once (R3c). The membership stays on record. Publishes support.threat-case.team-changed.',
  })
  @ApiOkResponse({ type: ThreatCaseResponse })
  @ApiProblem(404, 'No such case (THREAT_CASE.NOT_FOUND) or not a member (THREAT_TEAM.NOT_MEMBER)')
  async remove(
    @UuidParam('id') id: string,
    @Param('memberId') memberId: string,
    @CurrentPrincipal() by: Principal,
  ): Promise<ThreatCaseResponse> {
    return this.handler.execute(id, memberId, by, new Date());
  }
}
