import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { ActingRole } from '../../consent-gate/api/acting-role.param.js';
import { StudentIdParam } from '../api/student-id.pipe.js';
import { StudentViewResponse } from './student-view.response.js';
import { StudentViewHandler } from './student-view.handler.js';
import { NOT_LOGGED_PROBLEM } from '../../consent-gate/api/not-logged.problem.js';

@ApiTags('students')
@Controller('students')
export class StudentViewController {
  constructor(private readonly handler: StudentViewHandler) {}

  @Get(':studentId/overview')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: "A student's whole clinical picture in one call: referrals, support and safety plans, threat assessments, consents, disclosures",
    description:
      'For clinicians. Each record still passes the consent rules (a referral\'s PSY-NOTE only for its author and supervisors) and ' +
      'each read is logged, flagged exempt (R7). `care` says whether mental-health care may start now (R11). Psychotherapy notes ' +
      'are not included: read them at /students/{studentId}/clinical-notes.',
    response: StudentViewResponse,
    problems: { 400: 'Invalid student id (REQUEST.VALIDATION_FAILED)', ...NOT_LOGGED_PROBLEM },
  })
  async view(
    @StudentIdParam() studentId: string,
    @CurrentPrincipal() by: Principal,
    @ActingRole() actingRole?: string,
  ): Promise<StudentViewResponse> {
    return this.handler.execute(studentId, by, actingRole, new Date());
  }
}
