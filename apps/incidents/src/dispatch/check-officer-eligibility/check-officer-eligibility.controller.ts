import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { EligibilityQuery, OfficerEligibilityResponse } from './check-officer-eligibility.dto.js';
import { CheckOfficerEligibilityHandler } from './check-officer-eligibility.handler.js';

@ApiTags('co-response')
@Controller('co-responder-eligibility/officers')
export class CheckOfficerEligibilityController {
  constructor(private readonly handler: CheckOfficerEligibilityHandler) {}

  @Get(':staffId')
  @Endpoint({
    roles: ['officer', 'police-chief', 'admin', 'system'],
    summary: "An officer's co-responder eligibility (current CIT certification), from training events",
    response: OfficerEligibilityResponse,
    problems: { 400: 'Bad staff id or date (REQUEST.INVALID / REQUEST.VALIDATION_FAILED)' },
  })
  check(@UuidParam('staffId') staffId: string, @Query() query: EligibilityQuery): Promise<OfficerEligibilityResponse> {
    return this.handler.execute(staffId, query.on ?? new Date().toISOString().slice(0, 10));
  }
}
