import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, Problem, UuidParam } from '#platform';
import { districtDay } from '../calendar/district-time.js';
import { AsOfQuery } from '../compliance/as-of-query.js';
import { complianceOf, personRows, type PersonCompliance } from '../compliance/compliance-report.js';
import { PersonComplianceResponse } from '../compliance/compliance.responses.js';

@ApiTags('compliance')
@Controller('compliance/staff')
export class StaffComplianceController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':staffId')
  @Authorize('admin', 'system', 'police-chief', 'bh-director', 'officer', 'clinician')
  @ApiOperation({
    summary: "One person's training compliance: each requirement that applies, what is done, and why it is not met",
    description: 'TCOLE: 40 hours per 2-year unit including the legislative update; below intermediate proficiency, Crisis Intervention and De-escalation each 4-year cycle.',
  })
  @ApiOkResponse({ type: PersonComplianceResponse })
  @ApiProblem(400, 'Bad date (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'Not on the roster as training knows it (COMPLIANCE.UNKNOWN_STAFF)')
  async get(@UuidParam('staffId') staffId: string, @Query() query: AsOfQuery): Promise<PersonCompliance> {
    const em = this.dataSource.manager;
    const people = await personRows(em, staffId);
    if (people.length === 0) throw Problem.notFound('COMPLIANCE.UNKNOWN_STAFF', `Staff member ${staffId} is not on the roster training knows`);
    const [report] = await complianceOf(em, people, query.asOf ?? districtDay(new Date()));
    return report;
  }
}
