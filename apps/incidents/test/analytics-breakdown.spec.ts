import { BreakdownFold, suppress, toCsv } from '../../../scripts/analytics-breakdown.js';

const id = (n: number) => `id${String(n).padStart(41, '0')}`;
const reported = (n: number, campusId: string, occurredOn: string) => ['analytics.incident.reported', { analyticIncidentId: id(n), campusId, occurredOn }] as const;
const dispatched = (n: number, campusId: string, dispatchedOn: string, over: Record<string, unknown> = {}) =>
  ['analytics.incident.dispatched', { analyticIncidentId: id(n), campusId, dispatchedOn, coResponse: true, clinicianMode: 'in-person', officerOnlyReason: null, ...over }] as const;

describe('outcome breakdown per campus and month (R12)', () => {
  it('counts each fact once, in the month of its own day, within the window', () => {
    const fold = new BreakdownFold({ from: '2026-10-01', to: '2026-12-01' });
    for (const [t, d] of [
      reported(1, 'c1', '2026-10-03'), reported(1, 'c1', '2026-10-03'), reported(2, 'c1', '2026-11-02'), reported(3, 'c2', '2026-11-20'), reported(4, 'c2', '2026-12-01'),
      dispatched(1, 'c1', '2026-10-03'), dispatched(2, 'c1', '2026-11-02', { clinicianMode: 'remote' }),
      dispatched(3, 'c2', '2026-11-20', { coResponse: false, clinicianMode: null, officerOnlyReason: 'no-clinician-on-call' }),
    ] as const) fold.add(t, d);
    const rows = fold.rows();
    expect(rows.map((r) => [r.month, r.campusId, r.incidents, r.coResponseInPerson, r.coResponseRemote, r.officerOnlyNoClinician])).toEqual([
      ['2026-10', 'c1', 1, 1, 0, 0],
      ['2026-11', 'c1', 1, 0, 1, 0],
      ['2026-11', 'c2', 1, 0, 0, 1],
    ]);
    expect(fold.rows('month').map((r) => [r.month, r.campusId, r.incidents])).toEqual([['2026-10', 'all', 1], ['2026-11', 'all', 2]]);
    expect(fold.rows('campus').map((r) => [r.month, r.campusId, r.incidents])).toEqual([['all', 'c1', 2], ['all', 'c2', 1]]);
  });

  it('R12: suppresses cells from 1 to minCell-1 and medians behind too few responses', () => {
    const fold = new BreakdownFold();
    for (let n = 0; n < 6; n++) fold.add('analytics.incident.reported', { analyticIncidentId: id(n), campusId: 'c1', occurredOn: '2026-11-02' });
    fold.add('analytics.incident.responded', { analyticIncidentId: id(1), campusId: 'c1', respondedOn: '2026-11-02', dispatchToOnSceneMinutes: 9 });
    const [row] = suppress(fold.rows(), 5);
    expect(row).toMatchObject({ incidents: 6, responses: null, responseMinutesMedian: null, arrested: 0 });
    const csv = toCsv([row], 5).split('\n');
    expect(csv[0]).toBe('month,campusId,incidents,voided,coResponseInPerson,coResponseRemote,officerOnlyNotIndicated,officerOnlyNoClinician,officerOnlyImminentDanger,responses,responseMinutesMedian,divertedOrReferred,arrested,useOfForceWithClinician,useOfForceWithoutClinician');
    expect(csv[1]).toBe('2026-11,c1,6,0,0,0,0,0,0,<5,,0,0,0,0');
  });
});
