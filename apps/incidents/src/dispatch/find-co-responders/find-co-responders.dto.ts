import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsStrictDateTime } from '#platform';

export class FindCoRespondersQuery {
  @ApiProperty({ example: 'campus-hs-01' })
  @IsString()
  @Length(1, 64)
  campusId: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'The instant to check (default: now)' })
  @IsOptional()
  @IsStrictDateTime()
  at?: string;
}

export class OfficerCandidateResponse {
  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ApiProperty({ enum: ['campus', 'dispatch-area'] })
  match: string;

  @ApiProperty({ description: "Primary assignment at the incident's campus" })
  primary: boolean;

  @ApiProperty({ description: 'Already dispatched or on scene elsewhere' })
  busy: boolean;

  @ApiProperty({ description: 'Holds a current CIT certification at that instant' })
  citCurrent: boolean;
}

export class ClinicianCandidateResponse {
  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ApiProperty({ format: 'uuid' })
  shiftId: string;

  @ApiProperty()
  busy: boolean;
}

export class CoRespondersResponse {
  @ApiProperty({ example: 'campus-hs-01' })
  campusId: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ format: 'date', description: 'The district calendar day of `at` (assignments are by day)' })
  day: string;

  @ApiProperty({ type: [OfficerCandidateResponse], description: 'Active officers assigned to the campus or its dispatch area, in dispatch order' })
  officers: OfficerCandidateResponse[];

  @ApiProperty({ type: [ClinicianCandidateResponse], description: 'Licensed, active clinicians on call for the campus then, in dispatch order' })
  clinicians: ClinicianCandidateResponse[];

  @ApiProperty({ description: 'A co-response could be dispatched now: a CIT officer and an on-call clinician' })
  coResponsePossible: boolean;
}
