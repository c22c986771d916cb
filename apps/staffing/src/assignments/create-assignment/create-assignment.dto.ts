import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { IsCalendarDate } from '#platform';

export class CreateAssignmentDto {
  @ApiProperty({ example: 'campus-hs-01' })
  @IsString()
  @Length(1, 64)
  campusId: string;

  @ApiProperty({ example: true, description: 'At most one primary assignment per person at any time' })
  @IsBoolean()
  primary: boolean;

  @ApiProperty({ format: 'date', example: '2026-08-15' })
  @IsCalendarDate()
  effectiveFrom: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-06-01', description: 'Exclusive; omit for open-ended' })
  @IsOptional()
  @IsCalendarDate()
  effectiveTo?: string;
}
