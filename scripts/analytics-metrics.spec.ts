import { BreakdownFold, suppress } from './analytics-breakdown.js';
import { parseMetricsArgs, renderBreakdown, renderGroups, type MetricsOptions } from './analytics-metrics.js';

// Issue 18 item 5: the data-team CLI honours --format, --from/--to and --by. The broker read is
// covered by the e2e specs; this checks the flags and what each one prints, on the script's own
// parsing and rendering.

const id = (n: number) => `id${String(n).padStart(41, '0')}`;
const events = [
  ['analytics.incident.reported', { analyticIncidentId: id(1), campusId: 'c1', occurredOn: '2026-09-30' }],
  ['analytics.incident.reported', { analyticIncidentId: id(2), campusId: 'c1', occurredOn: '2026-10-03' }],
  ['analytics.incident.reported', { analyticIncidentId: id(3), campusId: 'c2', occurredOn: '2026-10-20' }],
  ['analytics.incident.reported', { analyticIncidentId: id(4), campusId: 'c2', occurredOn: '2026-11-02' }],
  ['analytics.incident.reported', { analyticIncidentId: id(5), campusId: 'c1', occurredOn: '2026-12-01' }],
] as const;

/** What main() prints for json/csv and --by campus-month|month|campus, with the stream folded in memory. */
function print(args: string[]): string {
  const { options, errors } = parseMetricsArgs(args);
  expect(errors).toEqual([]);
  const fold = new BreakdownFold(options.window);
  for (const [type, data] of events) fold.add(type, data);
  return renderBreakdown(suppress(fold.rows(options.by as 'campus-month'), options.minCell), options);
}

describe('analytics-metrics flags', () => {
  it('defaults: text, campus-month, min cell 5, no window', () => {
    const { options, errors } = parseMetricsArgs([]);
    expect(errors).toEqual([]);
    expect(options).toEqual<MetricsOptions>({ brokers: undefined, minCell: 5, format: 'text', window: { from: undefined, to: undefined }, by: 'campus-month', out: undefined });
  });

  it('reads every flag', () => {
    const { options, errors } = parseMetricsArgs(['--format', 'csv', '--from', '2026-10-01', '--to', '2026-12-01', '--by', 'campus', '--min-cell', '3', '--brokers', 'b:1', '--out', 'r.html']);
    expect(errors).toEqual([]);
    expect(options).toEqual<MetricsOptions>({ brokers: 'b:1', minCell: 3, format: 'csv', window: { from: '2026-10-01', to: '2026-12-01' }, by: 'campus', out: 'r.html' });
  });

  it('lists every bad value, and refuses unknown flags', () => {
    expect(parseMetricsArgs(['--format', 'xml', '--by', 'week', '--from', '2026-9-1', '--to', 'soon', '--min-cell', '0']).errors).toEqual([
      '--format must be text, json, csv or html',
      '--by must be campus-month, month, campus or group',
      '--from must be YYYY-MM-DD',
      '--to must be YYYY-MM-DD',
      '--min-cell must be a positive integer',
    ]);
    expect(parseMetricsArgs(['--min-cell', '2.5']).errors).toEqual(['--min-cell must be a positive integer']);
    expect(() => parseMetricsArgs(['--fromm', '2026-10-01'])).toThrow();
  });

  it('--format json with --from/--to: only facts in [from, to), and the window echoed', () => {
    const out = JSON.parse(print(['--format', 'json', '--from', '2026-10-01', '--to', '2026-12-01', '--min-cell', '1']));
    expect(out).toMatchObject({ window: { from: '2026-10-01', to: '2026-12-01' }, by: 'campus-month', minCell: 1 });
    expect(out.rows.map((r: { month: string; campusId: string; incidents: number }) => [r.month, r.campusId, r.incidents])).toEqual([
      ['2026-10', 'c1', 1],
      ['2026-10', 'c2', 1],
      ['2026-11', 'c2', 1],
    ]);
  });

  it('--by month and --by campus fold campuses and months together', () => {
    const rows = (args: string[]) => JSON.parse(print([...args, '--min-cell', '1'])).rows.map((r: { month: string; campusId: string; incidents: number }) => [r.month, r.campusId, r.incidents]);
    expect(rows(['--format', 'json', '--by', 'month'])).toEqual([['2026-09', 'all', 1], ['2026-10', 'all', 2], ['2026-11', 'all', 1], ['2026-12', 'all', 1]]);
    expect(rows(['--format', 'json', '--by', 'campus', '--to', '2026-11-01'])).toEqual([['all', 'c1', 2], ['all', 'c2', 1]]);
  });

  it('--format csv: a header and one line per row, small cells shown as <min-cell', () => {
    const lines = print(['--format', 'csv', '--by', 'month', '--from', '2026-10-01']).trimEnd().split('\n');
    expect(lines[0].startsWith('month,campusId,incidents,')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3))).toEqual([['2026-10', 'all', '<5'], ['2026-11', 'all', '<5'], ['2026-12', 'all', '<5']]);
  });

  it('--by group prints the group view in the chosen format', () => {
    const o = { format: 'json', window: { from: '2026-10-01' }, minCell: 5 } as const;
    expect(JSON.parse(renderGroups([], o))).toEqual({ window: { from: '2026-10-01' }, by: 'group', minCell: 5, groups: [] });
    expect(renderGroups([], { ...o, format: 'csv' }).split(',')[0]).toBe('dimension');
  });
});
