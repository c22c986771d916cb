import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class AsOfQuery {
  @ApiPropertyOptional({ format: 'date', example: '2027-08-31', description: 'District day to judge by (default: today). Use a period\'s last day for its audit.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date (YYYY-MM-DD)' })
  asOf?: string;
}
