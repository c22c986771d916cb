import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Matches } from 'class-validator';

export class EndAssignmentDto {
  @ApiProperty({ format: 'date', example: '2027-06-01', description: 'Exclusive: the first day no longer assigned' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveTo must be a date (YYYY-MM-DD)' })
  effectiveTo: string;
}
