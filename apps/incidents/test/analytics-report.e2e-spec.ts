import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BreakdownFold, suppress } from '../../../scripts/analytics-breakdown.js';
import { GroupFold, suppressGroups } from '../../../scripts/analytics-groups.js';
import { GROUP_CHART, renderReport, REPORT_CHARTS } from '../../../scripts/analytics-report.js';

const run = promisify(execFile);
const CHROMIUM = process.env.CHROMIUM_BIN ?? 'chromium';
const id = (n: number) => `id${String(n).padStart(41, '0')}`;

/** The rendered DOM of a static file in headless Chromium (Debian's `chromium` package). */
async function renderedDom(file: string): Promise<string> {
  const { stdout } = await run(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--allow-file-access-from-files', '--dump-dom', `file://${file}`], {
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

describe('outcome report: a static HTML file whose charts draw in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'outcome-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Three months of synthetic analytics events, every chart's series present. */
  function rows(minCell: number) {
    const fold = new BreakdownFold();
    let n = 0;
    for (const [month, k] of [['2026-09', 6], ['2026-10', 8], ['2026-11', 10]] as const) {
      for (let i = 0; i < k; i++) {
        const day = `${month}-1${i % 10}`;
        const inc = id(++n);
        fold.add('analytics.incident.reported', { analyticIncidentId: inc, campusId: 'campus-hs-01', occurredOn: day });
        fold.add('analytics.incident.dispatched', { analyticIncidentId: inc, campusId: 'campus-hs-01', dispatchedOn: day, coResponse: i % 3 !== 0, clinicianMode: i % 3 === 0 ? null : 'in-person', officerOnlyReason: null });
        fold.add('analytics.incident.responded', { analyticIncidentId: inc, campusId: 'campus-hs-01', respondedOn: day, dispatchToOnSceneMinutes: 5 + i });
        fold.add('analytics.incident.disposition-recorded', { analyticIncidentId: inc, analyticDispositionId: id(1000 + n), campusId: 'campus-hs-01', recordedOn: day, disposition: i % 4 === 0 ? 'arrest' : 'diversion-program' });
        fold.add('analytics.incident.use-of-force-recorded', { analyticIncidentId: inc, analyticUseOfForceId: id(2000 + n), campusId: 'campus-hs-01', recordedOn: day, clinicianPresent: i % 2 === 0 });
      }
    }
    return suppress(fold.rows('month'), minCell);
  }

  it('draws all four charts: diversion vs arrest, co-response share, time to scene, use of force with and without a clinician', async () => {
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport(rows(1), { title: 'Joint response outcomes (synthetic)', minCell: 1, window: { from: '2026-09-01' } }));
    const dom = await renderedDom(file);
    expect(dom).toContain(`data-charts-drawn="${REPORT_CHARTS.length}"`);
    for (const chart of REPORT_CHARTS) expect(dom).toContain(`id="${chart}"`);
  }, 90_000);

  it('R12: with small cells suppressed the report still draws, and no suppressed count is in the file', async () => {
    const suppressed = rows(5);
    expect(suppressed[0].arrested).toBeNull(); // 2 arrests in September: under 5
    const html = renderReport(suppressed, { title: 'Suppressed </script> title', minCell: 5, window: {} });
    expect(html).not.toContain('Suppressed </script>');
    const file = join(dir, 'suppressed.html');
    writeFileSync(file, html);
    expect(await renderedDom(file)).toContain(`data-charts-drawn="${REPORT_CHARTS.length}"`);
  }, 90_000);

  it('draws the disproportionality chart (relative rate index per demographic group), suppressed groups left blank', async () => {
    const fold = new GroupFold();
    const bands = ['9-12', '9-12', '9-12', '6-8', '6-8', '3-5'];
    for (let i = 0; i < 60; i++) {
      const value = bands[i % bands.length];
      const fact = (measure: string, n: number) => fold.add('analytics.student-group.counted', { analyticGroupFactId: id(5000 + n), monthOf: '2026-10-01', measure, dimension: 'gradeBand', value, analyticKeyId: 'ids' });
      fact('involved', i);
      if (i % 3 === 0) fact('arrest', 100 + i);
      if (i % 4 !== 0) fact('diversion', 200 + i);
      if (i % 5 === 0) fact('use-of-force', 300 + i);
    }
    fold.add('analytics.student-group.counted', { analyticGroupFactId: id(9999), monthOf: '2026-10-01', measure: 'involved', dimension: 'gradeBand', value: 'PK-2', analyticKeyId: 'ids' });
    const groups = suppressGroups(fold.counts(), 5);
    expect(groups.find((g) => g.value === 'PK-2')).toMatchObject({ involved: null, arrestRri: null });
    expect(groups.find((g) => g.value === '9-12')?.arrestRri).not.toBeNull();
    const file = join(dir, 'groups.html');
    writeFileSync(file, renderReport(rows(1), { title: 'Groups (synthetic)', minCell: 5, window: {}, groups }));
    const dom = await renderedDom(file);
    expect(dom).toContain(`id="${GROUP_CHART}"`);
    expect(dom).toContain(`data-charts-drawn="${REPORT_CHARTS.length + 1}"`);
  }, 90_000);
});
