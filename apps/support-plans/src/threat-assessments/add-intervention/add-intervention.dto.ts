import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { THREAT_INTERVENTION_VALUES } from '#contracts';
import type { ThreatInterventionType } from '../data/threat-intervention.entity.js';

export class AddInterventionDto {
  @ApiProperty({
    enum: THREAT_INTERVENTION_VALUES,
    example: 'supervision-plan',
    description: '`counseling` is mental-health care (R11: under 18 only with written parental consent); a referral for an assessment is not.',
  })
  @IsIn(THREAT_INTERVENTION_VALUES)
  type: ThreatInterventionType;

  @ApiProperty({ example: 'Daily check-in with the assistant principal before first period.', description: 'EDU-SAFETY: the team sees it' })
  @IsString()
  @Length(1, 2_000)
  description: string;

  @ApiPropertyOptional({ example: 'admin-2', description: 'Staff id responsible for it' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  assignedTo?: string;
}
