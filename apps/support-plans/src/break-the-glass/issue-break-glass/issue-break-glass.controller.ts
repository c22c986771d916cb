import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { ActingRole, WHICH_ROLE } from '../../consent-gate/api/acting-role.param.js';
import { StudentIdParam } from '../../students/api/student-id.pipe.js';
import { BreakGlassResponse } from '../api/break-glass.response.js';
import { IssueBreakGlassDto } from './issue-break-glass.dto.js';
import { IssueBreakGlassHandler } from './issue-break-glass.handler.js';

@ApiTags('break-the-glass')
@Controller('students')
export class IssueBreakGlassController {
  constructor(private readonly handler: IssueBreakGlassHandler) {}

  @Post(':studentId/break-the-glass')
  @Endpoint({
    roles: ['officer', 'police-chief', 'clinician', 'bh-director', 'admin'],
    summary: "Break the glass: emergency access to one student's safety and clinical education records (R6)",
    description:
      'Needs an articulable and significant threat and a written justification. Time-boxed (24 h unless shorter, at most 72 h), ' +
      'scoped to this student and to you plus the recipients named. Opens EDU-SAFETY and EDU-CLIN for purpose ' +
      'safety-emergency, never PSY-NOTE or SUD. Every read under it is in the record of disclosures (R7); clinical ' +
      'supervisors are told (support.break-glass.granted, GET /break-the-glass).',
    status: 201,
    response: BreakGlassResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      422: 'Threat or justification not written, or too long a period (BREAK_GLASS.INVALID)',
    },
  })
  async issue(
    @StudentIdParam() studentId: string,
    @Body() dto: IssueBreakGlassDto,
    @CurrentPrincipal() by: Principal,
    @ActingRole(WHICH_ROLE) actingRole?: string,
  ): Promise<BreakGlassResponse> {
    const now = new Date();
    return BreakGlassResponse.from(await this.handler.execute(studentId, dto, by, actingRole, now), now);
  }
}
