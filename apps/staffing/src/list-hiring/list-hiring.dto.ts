import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '#platform';
import { CANDIDATE_STATUSES, type CandidateStatus } from '../hiring/candidate.entity.js';
import { CandidateResponse, PositionResponse, RequisitionResponse } from '../hiring/hiring.responses.js';
import { REQUISITION_STATUSES, type RequisitionStatus } from '../hiring/requisition.entity.js';
import { STAFF_ROLES, UNITS, type StaffRole, type Unit } from '../staff/staff-member.entity.js';

export class ListPositionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ enum: UNITS })
  @IsOptional()
  @IsIn(UNITS)
  unit?: Unit;
}

export class ListRequisitionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REQUISITION_STATUSES, description: 'Default: open' })
  @IsOptional()
  @IsIn(REQUISITION_STATUSES)
  status?: RequisitionStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  positionId?: string;
}

export class ListCandidatesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CANDIDATE_STATUSES, description: 'The stage (screening, interviewing, offer, hired, rejected); default: every stage' })
  @IsOptional()
  @IsIn(CANDIDATE_STATUSES)
  status?: CandidateStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  requisitionId?: string;
}

export class PositionPage {
  @ApiProperty({ type: [PositionResponse], description: 'By code' })
  items: PositionResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor: string | null;
}

export class RequisitionPage {
  @ApiProperty({ type: [RequisitionResponse], description: 'Newest opened first' })
  items: RequisitionResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor: string | null;
}

export class CandidatePage {
  @ApiProperty({ type: [CandidateResponse], description: 'Longest in the pipeline first (created, then id)' })
  items: CandidateResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor: string | null;
}
