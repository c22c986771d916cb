import { AnalyticsStudentGroupCountedEvent, STUDENT_GROUP_DIMENSIONS, type AnalyticsStudentGroupCounted, type StudentGroupDimension } from '#contracts';
import type { Window } from './analytics-breakdown.js';

/**
 * Disproportionality by de-identified demographic group (issue 18), folded from
 * analytics.student-group.counted (R12: one dimension per record, month only, no pseudonym). Per value
 * of each dimension: students involved, arrested, diverted and subject of force, the value's share of
 * all involved students, and a relative rate index (the group's rate per involved student over
 * everyone's). Shares against enrollment need the SIS's enrollment counts, which the stream does not carry.
 */
export const GROUP_MEASURES = ['involved', 'arrest', 'diversion', 'useOfForce'] as const;
type Measure = (typeof GROUP_MEASURES)[number];
const MEASURE_OF: Record<AnalyticsStudentGroupCounted['measure'], Measure> = { involved: 'involved', arrest: 'arrest', diversion: 'diversion', 'use-of-force': 'useOfForce' };

export interface GroupRow extends Record<Measure, number | null> {
  dimension: StudentGroupDimension;
  value: string;
  /** Percent of all involved students (in this dimension) who are in this group. */
  involvedShare: number | null;
  /** (group's arrests / group's involved) / (all arrests / all involved); likewise for the others. */
  arrestRri: number | null;
  diversionRri: number | null;
  useOfForceRri: number | null;
}

export class GroupFold {
  private readonly facts = new Map<string, AnalyticsStudentGroupCounted>();

  constructor(private readonly window: Window = {}) {}

  add(type: string, data: unknown): void {
    if (type !== AnalyticsStudentGroupCountedEvent.type) return;
    const f = data as AnalyticsStudentGroupCounted;
    // A month is in the window when its first day is (the stream carries no finer date).
    if ((this.window.from && f.monthOf < `${this.window.from.slice(0, 7)}-01`) || (this.window.to && f.monthOf >= this.window.to)) return;
    this.facts.set(f.analyticGroupFactId, f);
  }

  /** Unsuppressed counts per (dimension, value), every value of the vocabulary present (suppressGroups before showing). */
  counts(): GroupRow[] {
    const rows = new Map<string, GroupRow>();
    const row = (dimension: StudentGroupDimension, value: string) => {
      const key = `${dimension}|${value}`;
      if (!rows.has(key)) rows.set(key, { dimension, value, involved: 0, arrest: 0, diversion: 0, useOfForce: 0, involvedShare: null, arrestRri: null, diversionRri: null, useOfForceRri: null });
      return rows.get(key)!;
    };
    for (const [dimension, values] of Object.entries(STUDENT_GROUP_DIMENSIONS) as [StudentGroupDimension, readonly string[]][]) for (const v of [...values, 'unknown']) row(dimension, v);
    for (const f of this.facts.values()) row(f.dimension, f.value)[MEASURE_OF[f.measure]]! += 1;
    return [...rows.values()];
  }
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * R12 small cells: counts from 1 to minCell-1 become null. Margins of a dimension add up to the same
 * total as any other dimension's, so a lone suppressed cell in a column would follow by subtraction:
 * the next smallest non-zero cell is suppressed with it. Shares and indexes are shown only where
 * every count behind them is shown.
 */
export function suppressGroups(rows: readonly GroupRow[], minCell: number): GroupRow[] {
  const out = rows.map((r) => ({ ...r }));
  const totals = Object.fromEntries(GROUP_MEASURES.map((m) => [m, 0])) as Record<Measure, number>;
  for (const r of rows.filter((x) => x.dimension === rows[0]?.dimension)) for (const m of GROUP_MEASURES) totals[m] += r[m] ?? 0;
  for (const dimension of new Set(rows.map((r) => r.dimension))) {
    const mine = out.filter((r) => r.dimension === dimension);
    for (const m of GROUP_MEASURES) {
      for (const r of mine) if (r[m]! > 0 && r[m]! < minCell) r[m] = null;
      if (mine.filter((r) => r[m] === null).length === 1) {
        const next = mine.filter((r) => r[m]! > 0).sort((a, b) => a[m]! - b[m]!)[0];
        if (next) next[m] = null;
      }
    }
    for (const r of mine) {
      r.involvedShare = r.involved !== null && totals.involved >= minCell ? round((100 * r.involved) / totals.involved) : null;
      const rri = (m: Measure) => (r[m] !== null && r.involved && totals[m] >= minCell ? round(r[m]! / r.involved / (totals[m] / totals.involved)) : null);
      r.arrestRri = rri('arrest');
      r.diversionRri = rri('diversion');
      r.useOfForceRri = rri('useOfForce');
    }
  }
  return out;
}

export const GROUP_COLUMNS = ['dimension', 'value', ...GROUP_MEASURES, 'involvedShare', 'arrestRri', 'diversionRri', 'useOfForceRri'] as const;

export function groupsToCsv(rows: readonly GroupRow[], minCell: number): string {
  const cell = (c: (typeof GROUP_COLUMNS)[number], v: unknown) => (v === null ? ((GROUP_MEASURES as readonly string[]).includes(c) ? `<${minCell}` : '') : String(v));
  return [GROUP_COLUMNS.join(','), ...rows.map((r) => GROUP_COLUMNS.map((c) => cell(c, r[c])).join(','))].join('\n');
}
