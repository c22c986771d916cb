import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsStrictDateTime } from '#platform';

export class RunCertificationExpiryDto {
  @ApiPropertyOptional({ format: 'date-time', example: '2028-11-23T12:00:00Z', description: 'Judge as of this instant (default: now); days are district days' })
  @IsOptional()
  @IsStrictDateTime()
  asOf?: string;
}
