import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PURPOSES, type Purpose } from '#consent';

export class GetSupportPlanQuery {
  @ApiPropertyOptional({ enum: PURPOSES, description: 'Why you read it. Default by unit: clinicians treatment, police co-response, administrators referral.' })
  @IsOptional()
  @IsIn(PURPOSES)
  purpose?: Purpose;
}
