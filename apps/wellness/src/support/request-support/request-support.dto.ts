import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { SUPPORT_KINDS, SUPPORTER_KINDS, type SupportKind, type SupporterKind } from '../domain/support-kinds.js';

export class RequestSupportDto {
  @ApiProperty({ enum: SUPPORT_KINDS, example: 'peer-support', description: 'peer-support, or a debrief you ask for again later' })
  @IsIn(SUPPORT_KINDS)
  kind: SupportKind;

  @ApiPropertyOptional({ enum: SUPPORTER_KINDS, default: 'peer' })
  @IsOptional()
  @IsIn(SUPPORTER_KINDS)
  supporter?: SupporterKind;

  @ApiPropertyOptional({ description: 'Optional; seen only by you and your supporter', example: 'Rough week' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}
