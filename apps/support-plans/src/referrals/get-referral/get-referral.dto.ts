import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PURPOSES, type Purpose } from '#consent';

export class GetReferralQuery {
  @ApiPropertyOptional({
    enum: PURPOSES,
    description: 'Why you read it. Default by unit: clinicians treatment, police co-response, administrators referral.',
  })
  @IsOptional()
  @IsIn(PURPOSES)
  purpose?: Purpose;

  @ApiPropertyOptional({ format: 'uuid', description: 'The threat-assessment case you act for (team members, R3c)' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}
