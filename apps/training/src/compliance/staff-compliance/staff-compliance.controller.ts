import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { AsOfQuery } from '../api/as-of-query.js';
import { PersonComplianceResponse } from '../api/compliance.responses.js';
import type { PersonCompliance } from '../data/compliance-report.js';
import { StaffComplianceHandler } from './staff-compliance.handler.js';

@ApiTags('compliance')
@Controller('compliance/staff')
export class StaffComplianceController {
  constructor(private readonly handler: StaffComplianceHandler) {}

  @Get(':staffId')
  @Endpoint({
    roles: ['admin', 'system', 'police-chief', 'bh-director', 'officer', 'clinician'],
    summary: "One person's training compliance: each requirement that applies, what is done, and why it is not met",
    description: 'TCOLE: 40 hours per 2-year unit including the legislative update; below intermediate proficiency, Crisis Intervention and De-escalation each 4-year cycle.',
    response: PersonComplianceResponse,
    problems: { 400: 'Bad date (REQUEST.VALIDATION_FAILED)', 404: 'Not on the roster as training knows it (COMPLIANCE.UNKNOWN_STAFF)' },
  })
  get(@UuidParam('staffId') staffId: string, @Query() query: AsOfQuery): Promise<PersonCompliance> {
    return this.handler.execute(staffId, query.asOf, new Date());
  }
}
