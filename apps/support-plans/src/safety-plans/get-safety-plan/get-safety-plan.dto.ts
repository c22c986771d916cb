import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PURPOSES, type Purpose } from '#consent';

export class GetSafetyPlanQuery {
  @ApiPropertyOptional({ enum: PURPOSES, description: 'Why you read it. Default: clinicians treatment, police and administrators threat-assessment.' })
  @IsOptional()
  @IsIn(PURPOSES)
  purpose?: Purpose;
}
