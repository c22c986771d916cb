import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '#platform';

export class AsOfQuery {
  @ApiPropertyOptional({ format: 'date', example: '2027-08-31', description: 'District day to judge by (default: today). Use a period\'s last day for its audit.' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
