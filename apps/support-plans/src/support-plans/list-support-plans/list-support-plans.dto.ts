import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { SUPPORT_PLAN_STATUS_VALUES } from '#contracts';
import { PageQuery } from '#platform';
import type { SupportPlan } from '../data/support-plan.entity.js';
import type { SupportPlanStatus } from '../domain/support-plan.js';
import { CampusStudentSummary } from '../../students/api/campus-student-summary.js';

export class ListSupportPlansQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'clinician-3', description: "A clinician's caseload" })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  assignedClinicianId?: string;

  @ApiPropertyOptional({ example: 'campus-hs-01' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  campusId?: string;

  @ApiPropertyOptional({ enum: SUPPORT_PLAN_STATUS_VALUES, description: 'Default: active' })
  @IsOptional()
  @IsIn(SUPPORT_PLAN_STATUS_VALUES)
  status?: SupportPlanStatus;
}

/** A list row: who, where and when only; goals and interventions stay in GET /support-plans/{id}. */
export class SupportPlanSummary extends CampusStudentSummary {
  @ApiProperty({ example: 'clinician-3' })
  assignedClinicianId: string;

  @ApiProperty({ enum: SUPPORT_PLAN_STATUS_VALUES })
  status: string;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  nextReviewOn: string | null;

  @ApiProperty({ format: 'date-time' })
  startedAt: string;

  static from(p: SupportPlan): SupportPlanSummary {
    return Object.assign(new SupportPlanSummary(), {
      id: p.id,
      studentId: p.studentId,
      campusId: p.campusId,
      assignedClinicianId: p.assignedClinicianId,
      status: p.status,
      nextReviewOn: p.nextReviewOn,
      startedAt: p.startedAt.toISOString(),
    });
  }
}

export class SupportPlanPage {
  @ApiProperty({ type: [SupportPlanSummary], description: 'Newest started first' })
  items: SupportPlanSummary[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor: string | null;
}
