import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { OFFER_SIDES, type OfferSide } from '../domain/hiring-values.js';

export const OFFER_DECISION_INPUTS = ['approve', 'reject'] as const;

export class DecideOfferDto {
  @ApiProperty({ enum: OFFER_DECISION_INPUTS, example: 'approve' })
  @IsIn(OFFER_DECISION_INPUTS)
  decision: (typeof OFFER_DECISION_INPUTS)[number];

  @ApiPropertyOptional({
    enum: OFFER_SIDES,
    description: 'Whose signature this is; defaults to the caller\'s role, required when the caller holds both roles',
  })
  @IsOptional()
  @IsIn(OFFER_SIDES)
  as?: OfferSide;

  @ApiPropertyOptional({ example: 'Approved after the joint panel' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}
