import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { INCIDENT_PRIORITIES, INCIDENT_STATUSES, INCIDENT_TYPES, type IncidentStatus, type IncidentType } from '../data/incident.entity.js';
import { IsStrictDateTime, IsStudentId, PageQuery } from '#platform';

export class ListIncidentsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'campus-hs-01' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  campusId?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-01T00:00:00Z', description: 'occurredAt at or after (inclusive)' })
  @IsOptional()
  @IsStrictDateTime()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-12-01T00:00:00Z', description: 'occurredAt before (exclusive)' })
  @IsOptional()
  @IsStrictDateTime()
  to?: string;

  @ApiPropertyOptional({ enum: INCIDENT_TYPES })
  @IsOptional()
  @IsIn(INCIDENT_TYPES)
  type?: IncidentType;

  @ApiPropertyOptional({ example: 'S1000001', description: 'Incidents involving this student' })
  @IsOptional()
  @IsStudentId()
  studentId?: string;

  @ApiPropertyOptional({ enum: INCIDENT_STATUSES })
  @IsOptional()
  @IsIn(INCIDENT_STATUSES)
  status?: IncidentStatus;
}

/** A list row: no narrative (read the incident for it). */
export class IncidentSummary {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'campus-hs-01' })
  campusId: string;

  @ApiProperty({ example: 'Gym hallway' })
  location: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ enum: INCIDENT_TYPES })
  type: string;

  @ApiProperty({ type: [String], example: ['S1000001'] })
  studentIds: string[];

  @ApiProperty()
  mentalHealthCrisis: boolean;

  @ApiProperty({ enum: INCIDENT_STATUSES })
  status: string;

  @ApiProperty({ enum: INCIDENT_PRIORITIES, nullable: true, type: String })
  priority: string | null;

  @ApiProperty({ nullable: true, type: Boolean, description: 'Set once dispatched: co-response or officer only' })
  coResponse: boolean | null;
}

export class IncidentPage {
  @ApiProperty({ type: [IncidentSummary], description: 'Newest first (occurredAt, then id, descending)' })
  items: IncidentSummary[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor: string | null;
}
