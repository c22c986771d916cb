import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SUPPORTER_KINDS, type SupporterKind } from '../domain/support-kinds.js';

export class AcceptSupportOfferDto {
  @ApiPropertyOptional({ enum: SUPPORTER_KINDS, default: 'peer', description: 'A peer supporter (outside your chain of command) or an EAP clinician' })
  @IsOptional()
  @IsIn(SUPPORTER_KINDS)
  supporter?: SupporterKind;
}
