import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '#platform';
import { StaffRoleFilter, UnitFilter } from '../../staff/api/roster-fields.js';
import type { StaffRole, Unit } from '../../staff/domain/roster-values.js';
import { CandidateResponse, PositionResponse, RequisitionResponse } from '../api/hiring.responses.js';
import { CANDIDATE_STATUSES, REQUISITION_STATUSES, type CandidateStatus, type RequisitionStatus } from '../domain/hiring-values.js';

export class ListPositionsQuery extends PageQuery {
  @StaffRoleFilter()
  role?: StaffRole;

  @UnitFilter()
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
