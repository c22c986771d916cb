import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsStrictDateTime } from '#platform';
import { OnCallClinicianResponse } from '../api/on-call-clinician.response.js';

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

export class WhoIsOnCallResponse {
  @ApiProperty({ example: 'campus-hs-01' })
  campusId: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: [OnCallClinicianResponse], description: 'Empty: nobody is on call (a coverage gap)' })
  onCall: OnCallClinicianResponse[];
}
