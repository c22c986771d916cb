import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { CONCERN_LEVEL_VALUES, PATHWAY_STAGE_VALUES } from '#contracts';
import { PageQuery } from '#platform';
import type { ThreatCase } from '../data/threat-case.entity.js';
import type { CaseStatus, ConcernLevel } from '../domain/threat-case.js';
import { CampusStudentSummary } from '../../students/api/campus-student-summary.js';

const CASE_STATUSES = ['open', 'closed'] as const;
/** `unassessed`: no level of concern recorded yet (the intake end of the queue). */
const CONCERN_FILTERS = [...CONCERN_LEVEL_VALUES, 'unassessed'] as const;

export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CONCERN_FILTERS, description: 'Level of concern; unassessed = none recorded yet' })
  @IsOptional()
  @IsIn(CONCERN_FILTERS)
  levelOfConcern?: ConcernLevel | 'unassessed';

  @ApiPropertyOptional({ enum: CASE_STATUSES, description: 'Default: open' })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ example: 'campus-hs-01' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  campusId?: string;
}

/** A queue row: the case's EDU-SAFETY outline; findings, rationale and screenings stay in GET /threat-assessments/{id}. */
export class ThreatCaseSummary extends CampusStudentSummary {
  @ApiProperty({ enum: CASE_STATUSES })
  status: string;

  @ApiProperty({ enum: CONCERN_LEVEL_VALUES, nullable: true, type: String })
  levelOfConcern: string | null;

  @ApiProperty({ enum: PATHWAY_STAGE_VALUES, nullable: true, type: String })
  pathwayStage: string | null;

  @ApiProperty({ format: 'date-time' })
  openedAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  assessedAt: string | null;

  static from(c: ThreatCase): ThreatCaseSummary {
    return Object.assign(new ThreatCaseSummary(), {
      id: c.id,
      studentId: c.studentId,
      campusId: c.campusId,
      status: c.status,
      levelOfConcern: c.levelOfConcern,
      pathwayStage: c.pathwayStage,
      openedAt: c.openedAt.toISOString(),
      assessedAt: c.assessedAt?.toISOString() ?? null,
    });
  }
}

export class ThreatCasePage {
  @ApiProperty({ type: [ThreatCaseSummary], description: 'Oldest opened first (the queue order)' })
  items: ThreatCaseSummary[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor: string | null;
}
