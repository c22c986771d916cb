import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DEACTIVATION_REASONS, type DeactivationReason } from '../domain/roster-values.js';

export class DeactivateStaffMemberDto {
  @ApiProperty({ enum: DEACTIVATION_REASONS, example: 'separated' })
  @IsIn(DEACTIVATION_REASONS)
  reason: DeactivationReason;
}
