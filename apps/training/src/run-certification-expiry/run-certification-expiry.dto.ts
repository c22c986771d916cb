import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class RunCertificationExpiryDto {
  @ApiPropertyOptional({ format: 'date-time', example: '2028-11-23T12:00:00Z', description: 'Judge as of this instant (default: now); days are district days' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/, { message: 'asOf must be an ISO 8601 date-time with an offset' })
  asOf?: string;
}
