import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { ApiProblem, Authorize, IsCalendarDate, UuidParam } from '#platform';
import { CheckOfficerEligibilityHandler } from './check-officer-eligibility.handler.js';

export class EligibilityQuery {
  @ApiPropertyOptional({ format: 'date', description: 'Day to check (default: today, UTC)', example: '2026-11-23' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

export class OfficerEligibilityResponse {
  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ApiProperty({ format: 'date' })
  on: string;

  @ApiProperty({ example: true })
  citCertified: boolean;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, example: '2030-11-22' })
  citValidThrough: string | null;
}

@ApiTags('co-response')
@Controller('co-responder-eligibility/officers')
export class CheckOfficerEligibilityController {
  constructor(private readonly handler: CheckOfficerEligibilityHandler) {}

  @Get(':staffId')
  @Authorize('officer', 'police-chief', 'admin', 'system')
  @ApiOperation({ summary: "An officer's co-responder eligibility (current CIT certification), from training events" })
  @ApiOkResponse({ type: OfficerEligibilityResponse })
  @ApiProblem(400, 'Bad staff id or date (REQUEST.INVALID / REQUEST.VALIDATION_FAILED)')
  check(@UuidParam('staffId') staffId: string, @Query() query: EligibilityQuery): Promise<OfficerEligibilityResponse> {
    return this.handler.execute(staffId, query.on ?? new Date().toISOString().slice(0, 10));
  }
}
