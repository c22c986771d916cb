import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ThreatCaseResponse } from '../api/threat-case.response.js';
import { AddTeamMemberDto } from './add-team-member.dto.js';
import { AddTeamMemberHandler } from './add-team-member.handler.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class AddTeamMemberController {
  constructor(private readonly handler: AddTeamMemberHandler) {}

  @Post(':id/team')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Add a member to the threat-assessment team',
    description:
      'A team is multidisciplinary: police, clinician and administrator (R11, TEC 37.115); `missingDisciplines` says what it lacks. ' +
      "Membership opens the case's EDU-SAFETY fields to police and administrator members, nothing more (R3c). " +
      'Publishes support.threat-case.team-changed.',
    status: 201,
    response: ThreatCaseResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such case (THREAT_CASE.NOT_FOUND)',
      409: 'Already on the team (THREAT_TEAM.ALREADY_MEMBER), or the case is closed (THREAT_CASE.CLOSED)',
    },
  })
  async add(
    @UuidParam('id') id: string,
    @Body() dto: AddTeamMemberDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<ThreatCaseResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
