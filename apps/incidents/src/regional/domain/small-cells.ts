/**
 * Regional counts with small-cell suppression (issue 19, regional roles). A regional-admin sees
 * counts per district and month, never a record: a count under MIN_CELL is "<5". Totals add up
 * only the cells shown, so no total can be differenced back into a suppressed cell; a total is
 * therefore a lower bound when any of its cells is suppressed. Windows are whole months, so two
 * overlapping windows cannot be differenced into a day either.
 */
export const MIN_CELL = 5;
export const SUPPRESSED = '<5' as const;
export type Cell = number | typeof SUPPRESSED;

export const METRICS = ['incidents', 'coResponseDispatches', 'useOfForce', 'diversions', 'arrests'] as const;
export type Metric = (typeof METRICS)[number];

export type Counts<T> = Record<Metric, T>;
export type MonthCells = { month: string } & Counts<Cell>;

/** One district's raw counts by month (`YYYY-MM`), as read acting in it. */
export interface DistrictRaw {
  districtId: string;
  counts: Map<string, Partial<Counts<number>>>;
}

export interface DistrictCells {
  districtId: string;
  months: MonthCells[];
  total: Counts<Cell>;
}

export interface RegionalCells {
  districts: DistrictCells[];
  months: MonthCells[];
  total: Counts<Cell>;
}

export function suppress(n: number): Cell {
  return n < MIN_CELL ? SUPPRESSED : n;
}

const shown = (c: Cell): number => (c === SUPPRESSED ? 0 : c);

function zero(): Counts<number> {
  return { incidents: 0, coResponseDispatches: 0, useOfForce: 0, diversions: 0, arrests: 0 };
}

function cells(counts: Counts<number>): Counts<Cell> {
  return Object.fromEntries(METRICS.map((m) => [m, suppress(counts[m])])) as Counts<Cell>;
}

/** Adds the shown value of each cell (never a suppressed one) into `into`. */
function addShown(into: Counts<number>, c: Counts<Cell>): void {
  for (const m of METRICS) into[m] += shown(c[m]);
}

/** Every district × month of the window, suppressed, with totals over the shown cells only. */
export function regionalCells(raw: readonly DistrictRaw[], months: readonly string[]): RegionalCells {
  const byMonth = new Map(months.map((m) => [m, zero()]));
  const grand = zero();
  const districts = raw.map((d): DistrictCells => {
    const total = zero();
    const rows = months.map((month): MonthCells => {
      const c = cells({ ...zero(), ...d.counts.get(month) });
      addShown(total, c);
      addShown(byMonth.get(month)!, c);
      addShown(grand, c);
      return { month, ...c };
    });
    return { districtId: d.districtId, months: rows, total: cells(total) };
  });
  return { districts, months: months.map((month) => ({ month, ...cells(byMonth.get(month)!) })), total: cells(grand) };
}

/** The whole months `from`..`to` (YYYY-MM-DD) touch, as YYYY-MM, and the window widened to them. */
export function monthsOf(from: string, to: string): { months: string[]; first: string; last: string } {
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const end = to.slice(0, 7);
  for (;;) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= end) break;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  const [ly, lm] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  const lastDay = new Date(Date.UTC(ly, lm, 0)).getUTCDate();
  return { months, first: `${months[0]}-01`, last: `${end}-${String(lastDay).padStart(2, '0')}` };
}
