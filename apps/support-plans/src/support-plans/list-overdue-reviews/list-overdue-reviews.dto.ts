import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsStrictDateTime } from '#platform';

export class ListOverdueReviewsQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'The instant to judge at (default now). A review due on D is overdue from local midnight after D (district calendar).' })
  @IsOptional()
  @IsStrictDateTime()
  asOf?: string;

  @ApiPropertyOptional({ example: 'campus-hs-01' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  campusId?: string;

  @ApiPropertyOptional({ example: 'clinician-3' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  assignedClinicianId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class OverdueReviewResponse {
  @ApiProperty({ format: 'uuid' })
  planId: string;

  @ApiProperty()
  studentId: string;

  @ApiProperty()
  campusId: string;

  @ApiProperty()
  assignedClinicianId: string;

  @ApiProperty({ format: 'date' })
  nextReviewOn: string;

  @ApiProperty({ example: 3, description: 'Whole local days past the review date' })
  daysOverdue: number;
}

export class OverdueReviewsResponse {
  @ApiProperty({ format: 'date-time' })
  asOf: string;

  @ApiProperty({ format: 'date', description: 'The local date at asOf: reviews due before it are overdue' })
  today: string;

  @ApiProperty({ type: [OverdueReviewResponse], description: 'Most overdue first' })
  items: OverdueReviewResponse[];
}
