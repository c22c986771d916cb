import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsStrictDateTime } from '#platform';
import { OnCallClinicianResponse } from '../api/on-call-clinician.response.js';

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
