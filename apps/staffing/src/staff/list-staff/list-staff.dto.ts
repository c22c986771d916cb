import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { PageQuery, queryBoolean } from '#platform';
import { StaffRoleFilter, UnitFilter } from '../api/roster-fields.js';
import type { StaffRole, Unit } from '../domain/roster-values.js';
import { StaffMemberResponse } from '../api/staff-member.response.js';

export class ListStaffQuery extends PageQuery {
  @StaffRoleFilter()
  role?: StaffRole;

  @UnitFilter()
  unit?: Unit;

  @ApiPropertyOptional({ type: Boolean, description: 'Default: active members only; false lists deactivated ones' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ example: 'campus-hs-01', description: 'Members with a campus assignment covering today' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  campusId?: string;
}

export class StaffPage {
  @ApiProperty({ type: [StaffMemberResponse], description: 'By display name, then id' })
  items: StaffMemberResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor: string | null;
}
