import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export const DEACTIVATION_REASONS = ['separated', 'leave', 'recorded-in-error', 'other'] as const;

export class DeactivateStaffMemberDto {
  @ApiProperty({ enum: DEACTIVATION_REASONS, example: 'separated' })
  @IsIn(DEACTIVATION_REASONS)
  reason: (typeof DEACTIVATION_REASONS)[number];
}
