import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { REPORT_ROLES, reportScope, unitGoalCounts, WELLBEING_COURSE_CATEGORIES } from '#consent';
import { Authorize } from '#platform';
import { WellnessPolicyProvider } from '../policy/wellness-policy.js';

export class WellbeingTrainingQuery {
  @ApiProperty({ example: 2026, description: 'Calendar year' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

const cell = { oneOf: [{ type: 'integer', minimum: 0 }, { type: 'string', enum: ['<5'] }], description: 'A count of people; 1-4 shown as "<5" (W11)' };

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

@ApiTags('reports')
@Controller('wellness/reports/wellbeing-training')
export class WellbeingTrainingReportController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: WellnessPolicyProvider,
  ) {}

  @Get()
  @Authorize(...REPORT_ROLES)
  @ApiOperation({
    summary: 'The yearly well-being training goal per unit: how many people met it, counts only (W13, W11)',
    description: 'Stress-management and resilience course hours (from training completion events) per active person in the calendar year.',
  })
  @ApiOkResponse({ type: WellbeingTrainingResponse })
  async report(@Query() q: WellbeingTrainingQuery): Promise<WellbeingTrainingResponse> {
    const policy = this.policy.policy;
    const rows: { unit: string; hours: string }[] = await this.dataSource.query(
      `SELECT m.unit, coalesce(sum(c.hours), 0)::text AS hours
         FROM staff_member m
         LEFT JOIN wellbeing_completion c ON c.staff_id = m.staff_id AND extract(year from c.completed_on)::int = $1
        WHERE m.active GROUP BY m.staff_id, m.unit`,
      [q.year],
    );
    const byUnit = new Map<string, number[]>();
    for (const r of rows) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), Number(r.hours)]);
    const units = [...byUnit.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([unit, hours]) => {
      if (!reportScope({ name: unit, size: hours.length }, policy).allow) return Object.assign(new UnitGoalCounts(), { unit, suppressed: true });
      const { people, met, notMet } = unitGoalCounts(hours, policy);
      return Object.assign(new UnitGoalCounts(), { unit, suppressed: false, people, met, notMet });
    });
    return Object.assign(new WellbeingTrainingResponse(), { year: q.year, goalHours: policy.wellbeingHoursGoal, categories: [...WELLBEING_COURSE_CATEGORIES], units });
  }
}
