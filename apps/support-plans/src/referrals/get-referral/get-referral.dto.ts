import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PurposeQuery } from '../../consent-gate/api/read-purpose.js';

export class GetReferralQuery extends PurposeQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'The threat-assessment case you act for (team members, R3c)' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}
