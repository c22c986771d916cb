import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { ApiProblem, Authorize, IsStrictDateTime, Problem } from '#platform';
import { OnCallClinicianResponse } from '../who-is-on-call/who-is-on-call.controller.js';
import { OnCallCoverageHandler, type CoverageReport } from './on-call-coverage.handler.js';

const MAX_PERIOD_MS = 92 * 86_400_000;

export class CoverageQuery {
  @ApiProperty({ example: 'campus-hs-01' })
  @IsString()
  @Length(1, 64)
  campusId: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-01T00:00:00-06:00' })
  @IsStrictDateTime()
  from: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-08T00:00:00-06:00', description: 'Exclusive' })
  @IsStrictDateTime()
  to: string;
}

class PeriodResponse {
  @ApiProperty({ format: 'date-time' })
  from: string;

  @ApiProperty({ format: 'date-time', description: 'Exclusive' })
  to: string;
}

class OverlapResponse extends PeriodResponse {
  @ApiProperty({ type: [String], format: 'uuid' })
  shiftIds: string[];
}

export class CoverageResponse {
  @ApiProperty()
  campusId: string;

  @ApiProperty({ format: 'date-time' })
  from: string;

  @ApiProperty({ format: 'date-time' })
  to: string;

  @ApiProperty({ example: 0.9583, description: 'Share of the period with at least one clinician on call' })
  coveredRatio: number;

  @ApiProperty({ type: [PeriodResponse], description: 'Nobody on call' })
  gaps: PeriodResponse[];

  @ApiProperty({ type: [OverlapResponse], description: 'Two or more clinicians on call at once' })
  overlaps: OverlapResponse[];

  @ApiProperty({ type: [OnCallClinicianResponse] })
  shifts: OnCallClinicianResponse[];
}

@ApiTags('on-call')
@Controller('on-call')
export class OnCallCoverageController {
  constructor(private readonly handler: OnCallCoverageHandler) {}

  @Get('coverage')
  @Authorize('admin', 'bh-director', 'police-chief', 'system')
  @ApiOperation({ summary: 'Gaps and overlaps in a campus\'s on-call coverage over a period (at most 92 days)' })
  @ApiOkResponse({ type: CoverageResponse })
  @ApiProblem(400, 'Missing campus or bad times (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(422, 'Empty or over-long period (ON_CALL.BAD_PERIOD)')
  coverage(@Query() query: CoverageQuery): Promise<CoverageReport> {
    const from = new Date(query.from);
    const to = new Date(query.to);
    if (!(to.getTime() > from.getTime()) || to.getTime() - from.getTime() > MAX_PERIOD_MS) {
      throw new Problem(422, 'ON_CALL.BAD_PERIOD', 'to must come after from, at most 92 days later');
    }
    return this.handler.execute(query.campusId, from, to);
  }
}
