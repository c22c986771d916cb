import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WELLBEING_COURSE_CATEGORIES } from '#consent';
import { countCell } from '../api/count-cell.js';

const cell = countCell('A count of people; 1-4 shown as "<5" (W11)');

export class UnitGoalCounts {
  @ApiProperty({ example: 'police' })
  unit: string;

  @ApiProperty({ description: 'True for a unit of fewer than 5 people: no counts are shown for it (W11)' })
  suppressed: boolean;

  @ApiPropertyOptional(cell)
  people?: number | string;

  @ApiPropertyOptional(cell)
  met?: number | string;

  @ApiPropertyOptional(cell)
  notMet?: number | string;
}

export class WellbeingTrainingResponse {
  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ example: 4, description: 'Hours per person per year (WELLNESS_HOURS_GOAL)' })
  goalHours: number;

  @ApiProperty({ type: [String], example: WELLBEING_COURSE_CATEGORIES })
  categories: string[];

  @ApiProperty({ type: [UnitGoalCounts] })
  units: UnitGoalCounts[];
}
