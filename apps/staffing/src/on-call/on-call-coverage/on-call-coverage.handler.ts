import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { coverageOf } from '../domain/coverage.js';
import { shiftsCovering, type OnCallClinician } from '../data/shifts-covering.js';

export interface CoverageReport {
  campusId: string;
  from: string;
  to: string;
  coveredRatio: number;
  gaps: { from: string; to: string }[];
  overlaps: { from: string; to: string; shiftIds: string[] }[];
  shifts: OnCallClinician[];
}

@Injectable()
export class OnCallCoverageHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(campusId: string, from: Date, to: Date): Promise<CoverageReport> {
    // [from, to] in SQL then clipped to [from, to) by the sweep: a shift starting exactly at `to` drops out there.
    const shifts = await shiftsCovering(this.dataSource, campusId, from, to);
    const coverage = coverageOf(
      shifts.map((s) => ({ shiftId: s.shiftId, staffId: s.staffId, startsAt: Date.parse(s.startsAt), endsAt: Date.parse(s.endsAt) })),
      from.getTime(),
      to.getTime(),
    );
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      campusId,
      from: from.toISOString(),
      to: to.toISOString(),
      coveredRatio: Math.round(coverage.coveredRatio * 10_000) / 10_000,
      gaps: coverage.gaps.map((g) => ({ from: iso(g.from), to: iso(g.to) })),
      overlaps: coverage.overlaps.map((o) => ({ from: iso(o.from), to: iso(o.to), shiftIds: o.shiftIds })),
      shifts: shifts.filter((s) => Date.parse(s.startsAt) < to.getTime() && Date.parse(s.endsAt) > from.getTime()),
    };
  }
}
