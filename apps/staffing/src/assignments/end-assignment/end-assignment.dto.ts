import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '#platform';

export class EndAssignmentDto {
  @ApiProperty({ format: 'date', example: '2027-06-01', description: 'Exclusive: the first day no longer assigned' })
  @IsCalendarDate()
  effectiveTo: string;
}
