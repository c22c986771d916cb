import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export const REVOCATION_REASONS = ['recorded-in-error', 'decertified'] as const;

export class RevokeCertificationDto {
  @ApiProperty({ enum: REVOCATION_REASONS, example: 'recorded-in-error' })
  @IsIn(REVOCATION_REASONS)
  reason: (typeof REVOCATION_REASONS)[number];
}
