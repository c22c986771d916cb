import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { ThreatCaseResponse } from '../api/threat-case.response.js';
import { AddTeamMemberDto } from './add-team-member.dto.js';
import { AddTeamMemberHandler } from './add-team-member.handler.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class AddTeamMemberController {
  constructor(private readonly handler: AddTeamMemberHandler) {}

  @Post(':id/team')
  @HttpCode(201)
  @Authorize('clinician', 'bh-director')
  @ApiOperation({
    summary: 'Add a member to the threat-assessment team',
    description:
      'A team is multidisciplinary: police, clinician and administrator (R11, TEC 37.115); `missingDisciplines` says what it lacks. ' +
      "Membership opens the case's EDU-SAFETY fields to police and administrator members, nothing more (R3c). " +
      'Publishes support.threat-case.team-changed.',
  })
  @ApiCreatedResponse({ type: ThreatCaseResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such case (THREAT_CASE.NOT_FOUND)')
  @ApiProblem(409, 'Already on the team (THREAT_TEAM.ALREADY_MEMBER), or the case is closed (THREAT_CASE.CLOSED)')
  async add(
    @UuidParam('id') id: string,
    @Body() dto: AddTeamMemberDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<ThreatCaseResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
