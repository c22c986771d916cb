import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { ApiProblem, Authorize, IsStrictDateTime } from '#platform';
import { WhoIsOnCallHandler } from './who-is-on-call.handler.js';

export class WhoIsOnCallQuery {
  @ApiProperty({ example: 'campus-hs-01' })
  @IsString()
  @Length(1, 64)
  campusId: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Default: now' })
  @IsOptional()
  @IsStrictDateTime()
  at?: string;
}

export class OnCallClinicianResponse {
  @ApiProperty({ format: 'uuid' })
  shiftId: string;

  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ApiProperty({ example: 'Clinician A' })
  displayName: string;

  @ApiProperty({ type: [String] })
  campusIds: string[];

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time', description: 'Exclusive' })
  endsAt: string;
}

export class WhoIsOnCallResponse {
  @ApiProperty({ example: 'campus-hs-01' })
  campusId: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: [OnCallClinicianResponse], description: 'Empty: nobody is on call (a coverage gap)' })
  onCall: OnCallClinicianResponse[];
}

@ApiTags('on-call')
@Controller('on-call')
export class WhoIsOnCallController {
  constructor(private readonly handler: WhoIsOnCallHandler) {}

  @Get()
  @Authorize('admin', 'bh-director', 'police-chief', 'clinician', 'officer', 'system')
  @ApiOperation({ summary: 'Who is on call for a campus at a time (shift start inclusive, end exclusive)' })
  @ApiOkResponse({ type: WhoIsOnCallResponse })
  @ApiProblem(400, 'Missing campus or bad time (REQUEST.VALIDATION_FAILED)')
  async who(@Query() query: WhoIsOnCallQuery): Promise<WhoIsOnCallResponse> {
    const at = query.at ? new Date(query.at) : new Date();
    return { campusId: query.campusId, at: at.toISOString(), onCall: await this.handler.execute(query.campusId, at) };
  }
}
