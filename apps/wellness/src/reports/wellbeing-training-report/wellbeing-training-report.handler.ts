import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { reportScope, unitGoalCounts, WELLBEING_COURSE_CATEGORIES } from '#consent';
import { WellnessPolicyProvider } from '../../policy/wellness-policy.js';
import { UnitGoalCounts, WellbeingTrainingResponse } from './wellbeing-training-report.response.js';

/** W13, W11: per unit, how many active people met the yearly well-being hours goal; a small unit shows no counts. */
@Injectable()
export class WellbeingTrainingReportHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: WellnessPolicyProvider,
  ) {}

  async execute(year: number): Promise<WellbeingTrainingResponse> {
    const policy = this.policy.policy;
    const rows: { unit: string; hours: string }[] = await this.dataSource.query(
      `SELECT m.unit, coalesce(sum(c.hours), 0)::text AS hours
         FROM staff_member m
         LEFT JOIN wellbeing_completion c ON c.staff_id = m.staff_id AND extract(year from c.completed_on)::int = $1
        WHERE m.active GROUP BY m.staff_id, m.unit`,
      [year],
    );
    const byUnit = new Map<string, number[]>();
    for (const r of rows) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), Number(r.hours)]);
    const units = [...byUnit.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([unit, hours]) => {
      if (!reportScope({ name: unit, size: hours.length }, policy).allow) return Object.assign(new UnitGoalCounts(), { unit, suppressed: true });
      const { people, met, notMet } = unitGoalCounts(hours, policy);
      return Object.assign(new UnitGoalCounts(), { unit, suppressed: false, people, met, notMet });
    });
    return Object.assign(new WellbeingTrainingResponse(), { year, goalHours: policy.wellbeingHoursGoal, categories: [...WELLBEING_COURSE_CATEGORIES], units });
  }
}
