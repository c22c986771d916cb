import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUPPORT_INTERVENTION_VALUES, SUPPORT_PLAN_REVIEW_OUTCOME_VALUES, SUPPORT_PLAN_STATUS_VALUES } from '#contracts';

class GoalResponse {
  @ApiProperty()
  description: string;

  @ApiPropertyOptional({ format: 'date' })
  targetOn?: string;
}

class PlannedInterventionResponse {
  @ApiProperty({ enum: SUPPORT_INTERVENTION_VALUES })
  type: string;

  @ApiPropertyOptional()
  frequency?: string;

  @ApiPropertyOptional()
  provider?: string;
}

class ReviewResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: SUPPORT_PLAN_REVIEW_OUTCOME_VALUES })
  outcome: string;

  @ApiProperty()
  summary: string;

  @ApiProperty({ format: 'date', description: 'The review date this review answered' })
  dueOn: string;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  nextReviewOn: string | null;

  @ApiProperty()
  reviewedBy: string;

  @ApiProperty({ format: 'date-time' })
  reviewedAt: string;
}

/** A support plan as the caller may see it (EDU-CLIN: clinicians; others only under R3a/R6). */
export class SupportPlanResponse {
  @ApiPropertyOptional({ format: 'uuid' })
  id?: string;

  @ApiPropertyOptional({ example: 'S1000001' })
  studentId?: string;

  @ApiPropertyOptional({ example: 'campus-hs-01' })
  campusId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  referralId?: string | null;

  @ApiPropertyOptional({ example: 'clinician-3' })
  assignedClinicianId?: string;

  @ApiPropertyOptional({ enum: SUPPORT_PLAN_STATUS_VALUES })
  status?: string;

  @ApiPropertyOptional({ type: [GoalResponse] })
  goals?: GoalResponse[];

  @ApiPropertyOptional({ type: [PlannedInterventionResponse] })
  interventions?: PlannedInterventionResponse[];

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'Overdue from the next local midnight on' })
  nextReviewOn?: string | null;

  @ApiPropertyOptional()
  startedBy?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  startedAt?: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  endedAt?: string | null;

  @ApiPropertyOptional({ format: 'date-time' })
  updatedAt?: string;

  @ApiPropertyOptional({ description: 'Send as expectedVersion when updating' })
  version?: number;

  @ApiPropertyOptional({ type: [ReviewResponse] })
  reviews?: ReviewResponse[];

  @ApiPropertyOptional({ enum: ['prohibited'], description: 'R8: set when the data left the clinical unit' })
  redisclosure?: 'prohibited';
}
