import {
  AnalyticsDispositionRecordedEvent,
  AnalyticsIncidentDispatchedEvent,
  AnalyticsIncidentReportedEvent,
  AnalyticsIncidentRespondedEvent,
  AnalyticsIncidentVoidedEvent,
  AnalyticsUseOfForceRecordedEvent,
  REFERRAL_DISPOSITION_VALUES,
} from '#contracts';

/**
 * Outcome counts per campus and month for boards and data teams, folded from analytics.incident.v2
 * (R12: categories and days only). Each fact counts once by its analytic id (delivery is at least
 * once) and falls in the month of its own day. Cells from 1 to minCell-1 are suppressed on output.
 */
export const BREAKDOWN_COLUMNS = [
  'incidents', 'voided', 'coResponseInPerson', 'coResponseRemote', 'officerOnlyNotIndicated', 'officerOnlyNoClinician', 'officerOnlyImminentDanger',
  'responses', 'responseMinutesMedian', 'divertedOrReferred', 'arrested', 'useOfForceWithClinician', 'useOfForceWithoutClinician',
] as const;
export type BreakdownColumn = (typeof BREAKDOWN_COLUMNS)[number];

export interface BreakdownRow extends Record<BreakdownColumn, number | null> {
  month: string;
  campusId: string;
}

export interface Window {
  /** YYYY-MM-DD inclusive. */
  from?: string;
  /** YYYY-MM-DD exclusive. */
  to?: string;
}

type Fact = { id: string; day: string; campusId: string; column: BreakdownColumn; minutes?: number };

/** The referral dispositions are the diversions (as the incidents service counts them). */
const DIVERSIONS: ReadonlySet<string> = new Set(REFERRAL_DISPOSITION_VALUES);

/** One event → the facts it counts (keyed by what makes it unique). */
function factsOf(type: string, d: Record<string, unknown>): Fact[] {
  const base = { campusId: String(d.campusId) };
  switch (type) {
    case AnalyticsIncidentReportedEvent.type:
      return [{ ...base, id: `r:${d.analyticIncidentId}`, day: String(d.occurredOn), column: 'incidents' }];
    case AnalyticsIncidentVoidedEvent.type:
      return [{ ...base, id: `v:${d.analyticIncidentId}`, day: String(d.voidedOn), column: 'voided' }];
    case AnalyticsIncidentDispatchedEvent.type: {
      const column: BreakdownColumn = d.coResponse
        ? d.clinicianMode === 'remote' ? 'coResponseRemote' : 'coResponseInPerson'
        : d.officerOnlyReason === 'imminent-danger' ? 'officerOnlyImminentDanger' : d.officerOnlyReason === 'no-clinician-on-call' ? 'officerOnlyNoClinician' : 'officerOnlyNotIndicated';
      return [{ ...base, id: `d:${d.analyticIncidentId}`, day: String(d.dispatchedOn), column }];
    }
    case AnalyticsIncidentRespondedEvent.type:
      return [{ ...base, id: `o:${d.analyticIncidentId}`, day: String(d.respondedOn), column: 'responses', minutes: Number(d.dispatchToOnSceneMinutes) }];
    case AnalyticsDispositionRecordedEvent.type: {
      const column: BreakdownColumn | null = DIVERSIONS.has(String(d.disposition)) ? 'divertedOrReferred' : d.disposition === 'arrest' ? 'arrested' : null;
      return column ? [{ ...base, id: `p:${d.analyticDispositionId}`, day: String(d.recordedOn), column }] : [];
    }
    case AnalyticsUseOfForceRecordedEvent.type:
      return [{ ...base, id: `f:${d.analyticUseOfForceId}`, day: String(d.recordedOn), column: d.clinicianPresent ? 'useOfForceWithClinician' : 'useOfForceWithoutClinician' }];
    default:
      return [];
  }
}

export class BreakdownFold {
  private readonly facts = new Map<string, Fact>();

  constructor(private readonly window: Window = {}) {}

  add(type: string, data: unknown): void {
    for (const f of factsOf(type, data as Record<string, unknown>)) {
      if ((this.window.from && f.day < this.window.from) || (this.window.to && f.day >= this.window.to)) continue;
      this.facts.set(f.id, f);
    }
  }

  /** Rows per (month, campus), sorted; `by` folds campuses ('month') or months ('campus') together. */
  rows(by: 'campus-month' | 'month' | 'campus' = 'campus-month'): BreakdownRow[] {
    const rows = new Map<string, { row: BreakdownRow; minutes: number[] }>();
    for (const f of this.facts.values()) {
      const month = by === 'campus' ? 'all' : f.day.slice(0, 7);
      const campusId = by === 'month' ? 'all' : f.campusId;
      const key = `${month}|${campusId}`;
      const entry = rows.get(key) ?? { row: { month, campusId, ...Object.fromEntries(BREAKDOWN_COLUMNS.map((c) => [c, 0])) } as BreakdownRow, minutes: [] };
      if (f.column !== 'responseMinutesMedian') entry.row[f.column] = (entry.row[f.column] ?? 0) + 1;
      if (f.minutes !== undefined) entry.minutes.push(f.minutes);
      rows.set(key, entry);
    }
    return [...rows.values()]
      .map(({ row, minutes }) => ({ ...row, responseMinutesMedian: median(minutes) }))
      .sort((a, b) => a.month.localeCompare(b.month) || a.campusId.localeCompare(b.campusId));
  }
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.ceil(s.length / 2) - 1];
}

/**
 * R12 small-cell suppression: counts from 1 to minCell-1 become null (shown as "<minCell"), and the
 * median response time is shown only when at least minCell responses stand behind it.
 */
export function suppress(rows: readonly BreakdownRow[], minCell: number): BreakdownRow[] {
  return rows.map((r) => {
    const out = { ...r };
    for (const c of BREAKDOWN_COLUMNS) {
      if (c === 'responseMinutesMedian') continue;
      const v = r[c];
      if (v !== null && v > 0 && v < minCell) out[c] = null;
    }
    if ((r.responses ?? 0) < minCell) out.responseMinutesMedian = null;
    return out;
  });
}

export function toCsv(rows: readonly BreakdownRow[], minCell: number): string {
  const cell = (v: number | null) => (v === null ? `<${minCell}` : String(v));
  const header = ['month', 'campusId', ...BREAKDOWN_COLUMNS].join(',');
  return [header, ...rows.map((r) => [r.month, r.campusId, ...BREAKDOWN_COLUMNS.map((c) => (c === 'responseMinutesMedian' && r[c] === null ? '' : cell(r[c])))].join(','))].join('\n');
}
