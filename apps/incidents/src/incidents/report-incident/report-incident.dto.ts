import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { INCIDENT_TYPES, type IncidentType } from '../data/incident.entity.js';
import { IsStrictDateTime, IsStudentId, NotInFuture } from '#platform';

/** How far ahead of our clock a reporting device may be: a report of the future is refused. */
export const INCIDENT_CLOCK_SKEW_SECONDS = 300;

export class ReportIncidentDto {
  @ApiProperty({ example: 'campus-hs-01', description: 'District campus id' })
  @IsString()
  @Length(1, 64)
  campusId: string;

  @ApiProperty({ example: 'Cafeteria, north entrance' })
  @IsString()
  @Length(1, 200)
  location: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T14:05:00Z', description: 'When it happened; at most 5 minutes ahead of the server clock (device skew)' })
  @IsStrictDateTime()
  @NotInFuture(INCIDENT_CLOCK_SKEW_SECONDS)
  occurredAt: string;

  @ApiProperty({ enum: INCIDENT_TYPES, example: 'welfare-check' })
  @IsIn(INCIDENT_TYPES)
  type: IncidentType;

  @ApiPropertyOptional({ type: [String], example: ['S1000001'], description: 'District student ids' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsStudentId({ each: true })
  studentIds?: string[];

  @ApiProperty({ example: 'Student reported as distressed by a teacher; no weapon seen.' })
  @IsString()
  @Length(1, 20_000)
  narrative: string;

  @ApiPropertyOptional({ example: true, default: false })
  @IsOptional()
  @IsBoolean()
  mentalHealthCrisis?: boolean;
}
