import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONCERN_LEVEL_VALUES,
  PATHWAY_STAGE_VALUES,
  TEAM_DISCIPLINE_VALUES,
  THREAT_CASE_CLOSURE_VALUES,
  THREAT_CASE_ORIGIN_VALUES,
  THREAT_INTERVENTION_VALUES,
} from '#contracts';

export class TeamMemberResponse {
  @ApiProperty({ example: 'officer-7' })
  memberId: string;

  @ApiProperty({ enum: TEAM_DISCIPLINE_VALUES })
  discipline: string;

  @ApiProperty({ format: 'date-time' })
  addedAt: string;
}

export class ThreatInterventionResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: THREAT_INTERVENTION_VALUES })
  type: string;

  @ApiProperty({ description: 'Mental-health care: needs written parental consent under 18 (R11)' })
  care: boolean;

  @ApiProperty({ example: 'Daily check-in with the assistant principal before first period.' })
  description: string;

  @ApiProperty({ nullable: true, type: String, example: 'admin-2' })
  assignedTo: string | null;

  @ApiProperty({ example: 'clinician-3' })
  addedBy: string;

  @ApiProperty({ format: 'date-time' })
  addedAt: string;
}

export class ScreeningResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: PATHWAY_STAGE_VALUES, isArray: true })
  observed: string[];

  @ApiProperty({ enum: PATHWAY_STAGE_VALUES })
  pathwayStage: string;

  @ApiProperty({ description: 'Clinical findings (EDU-CLIN)' })
  findings: string;

  @ApiProperty()
  screenedBy: string;

  @ApiProperty({ format: 'date-time' })
  screenedAt: string;
}

/**
 * A threat-assessment case as the caller may see it. Clinicians see every field; a police or
 * administrator member of a multidisciplinary team sees the EDU-SAFETY fields only (R3c, R11).
 * Fields the caller may not see are absent, never null.
 */
export class ThreatCaseResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiPropertyOptional({ example: 'S1000002' })
  studentId?: string;

  @ApiPropertyOptional({ example: 'campus-ms-02' })
  campusId?: string;

  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  status?: string;

  @ApiPropertyOptional({ enum: THREAT_CASE_ORIGIN_VALUES })
  origin?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  incidentId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  tipId?: string | null;

  @ApiPropertyOptional()
  anonymousReport?: boolean;

  @ApiPropertyOptional({ format: 'date-time' })
  openedAt?: string;

  @ApiPropertyOptional({ enum: PATHWAY_STAGE_VALUES, nullable: true, description: 'Furthest pathway-to-violence step observed' })
  pathwayStage?: string | null;

  @ApiPropertyOptional({ enum: CONCERN_LEVEL_VALUES, nullable: true })
  levelOfConcern?: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  assessedAt?: string | null;

  @ApiPropertyOptional({ type: [TeamMemberResponse] })
  team?: TeamMemberResponse[];

  @ApiPropertyOptional({ enum: TEAM_DISCIPLINE_VALUES, isArray: true, description: 'Disciplines the team still lacks (R11)' })
  missingDisciplines?: string[];

  @ApiPropertyOptional({ type: [ThreatInterventionResponse] })
  interventions?: ThreatInterventionResponse[];

  @ApiPropertyOptional({ description: 'The team referred the student for a mental-health assessment' })
  mentalHealthReferral?: boolean;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  closedAt?: string | null;

  @ApiPropertyOptional({ enum: THREAT_CASE_CLOSURE_VALUES, nullable: true })
  closureOutcome?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'EDU-CLIN' })
  concernRationale?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Latest screening findings (EDU-CLIN)' })
  clinicalFindings?: string | null;

  @ApiPropertyOptional({ type: [ScreeningResponse], description: 'EDU-CLIN' })
  screenings?: ScreeningResponse[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'EDU-CLIN' })
  closureSummary?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'SUD (42 CFR Part 2): only under R5' })
  substanceUseFindings?: string | null;

  @ApiPropertyOptional({ enum: ['prohibited'], description: 'R8: set when the data left the clinical unit' })
  redisclosure?: 'prohibited';
}
