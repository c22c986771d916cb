import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../libs/devkit/src/repo-root.js';
import type { BreakdownRow } from './analytics-breakdown.js';
import type { GroupRow } from './analytics-groups.js';

/**
 * The outcome report as one static HTML file (chart.js inlined, no network): diversion vs arrest,
 * co-response share, time to scene and use of force with and without a clinician, per month, from
 * already-suppressed rows (R12: a suppressed cell is a gap, never a number). When every chart has
 * drawn, the page sets data-charts-drawn on <body> (the headless-browser test reads it).
 */
export const REPORT_CHARTS = ['diversion-vs-arrest', 'co-response-share', 'time-to-scene', 'use-of-force'] as const;

// The UMD build is not in chart.js's package exports, so it is read from node_modules directly.
/** Drawn when group rows are given: relative rate indexes per demographic group (1 = the rate of all involved students). */
export const GROUP_CHART = 'disproportionality';

const chartJs = () => readFileSync(join(repoRoot(), 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js'), 'utf8');
/** JSON inside <script>: no "</script>" or "<!--" can close or comment it. */
const embed = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderReport(rows: readonly BreakdownRow[], o: { title: string; minCell: number; window: { from?: string; to?: string }; groups?: readonly GroupRow[] }): string {
  const months = rows.map((r) => r.month);
  const share = rows.map((r) => {
    const parts = [r.coResponseInPerson, r.coResponseRemote, r.officerOnlyNotIndicated, r.officerOnlyNoClinician, r.officerOnlyImminentDanger];
    if (parts.some((p) => p === null)) return null;
    const total = parts.reduce((a, b) => a! + b!, 0)!;
    return total ? Math.round(((r.coResponseInPerson! + r.coResponseRemote!) / total) * 1000) / 10 : null;
  });
  const data = {
    months,
    diverted: rows.map((r) => r.divertedOrReferred),
    arrested: rows.map((r) => r.arrested),
    share,
    minutes: rows.map((r) => r.responseMinutesMedian),
    forceWith: rows.map((r) => r.useOfForceWithClinician),
    forceWithout: rows.map((r) => r.useOfForceWithoutClinician),
    groups: o.groups?.length
      ? { labels: o.groups.map((g) => `${g.dimension}: ${g.value}`), arrest: o.groups.map((g) => g.arrestRri), force: o.groups.map((g) => g.useOfForceRri), diversion: o.groups.map((g) => g.diversionRri) }
      : null,
  };
  const charts: string[] = [...REPORT_CHARTS, ...(data.groups ? [GROUP_CHART] : [])];
  const window = `${o.window.from ?? 'the start'} to ${o.window.to ?? 'now'}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(o.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:1100px}figure{margin:0 0 2rem}canvas:not(#disproportionality){max-height:320px}</style>
</head><body>
<h1>${escapeHtml(o.title)}</h1>
<p>Per month, ${escapeHtml(window)}. De-identified analytics stream (R12); counts from 1 to ${o.minCell - 1} are suppressed and show as gaps.</p>
${charts.map((id) => `<figure><canvas id="${id}" width="1000" height="${id === GROUP_CHART ? 900 : 320}"></canvas></figure>`).join('\n')}
<script type="application/json" id="report-data">${embed(data)}</script>
<script>${chartJs()}</script>
<script>
(function () {
  var d = JSON.parse(document.getElementById('report-data').textContent);
  var base = { animation: false, responsive: false, plugins: { legend: { display: true } } };
  function chart(id, type, title, datasets, y) {
    return new Chart(document.getElementById(id), { type: type, data: { labels: d.months, datasets: datasets },
      options: Object.assign({}, base, { plugins: { title: { display: true, text: title } }, scales: { y: Object.assign({ beginAtZero: true }, y || {}) } }) });
  }
  chart('diversion-vs-arrest', 'line', 'Diversion or referral vs arrest', [
    { label: 'diverted or referred', data: d.diverted, borderColor: '#2a9d8f', spanGaps: false },
    { label: 'arrested', data: d.arrested, borderColor: '#e76f51', spanGaps: false }]);
  chart('co-response-share', 'bar', 'Co-response share of dispatches (%)', [{ label: 'co-response %', data: d.share, backgroundColor: '#264653' }], { max: 100 });
  chart('time-to-scene', 'line', 'Median minutes from dispatch to scene', [{ label: 'median minutes', data: d.minutes, borderColor: '#e9c46a' }]);
  chart('use-of-force', 'bar', 'Use of force with and without a clinician present', [
    { label: 'clinician present', data: d.forceWith, backgroundColor: '#2a9d8f' },
    { label: 'no clinician', data: d.forceWithout, backgroundColor: '#e76f51' }]);
  if (d.groups) new Chart(document.getElementById('disproportionality'), { type: 'bar', data: { labels: d.groups.labels, datasets: [
      { label: 'arrest', data: d.groups.arrest, backgroundColor: '#e76f51' },
      { label: 'use of force', data: d.groups.force, backgroundColor: '#264653' },
      { label: 'diversion or referral', data: d.groups.diversion, backgroundColor: '#2a9d8f' }] },
    options: Object.assign({}, base, { indexAxis: 'y', plugins: { title: { display: true, text: 'Relative rate index per group of involved students (1 = all involved; suppressed groups left blank)' } } }) });
  // A chart "drew" when its canvas holds non-transparent pixels.
  var drawn = Array.prototype.filter.call(document.querySelectorAll('canvas'), function (c) {
    var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (var i = 3; i < px.length; i += 4) if (px[i] !== 0) return true;
    return false;
  }).length;
  document.body.setAttribute('data-charts-drawn', String(drawn));
})();
</script>
</body></html>
`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
