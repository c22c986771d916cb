import { monthsOf, regionalCells, suppress, SUPPRESSED } from './small-cells.js';

describe('regional small cells', () => {
  it('suppresses every count under 5, zero included', () => {
    expect([0, 1, 4, 5, 12].map(suppress)).toEqual([SUPPRESSED, SUPPRESSED, SUPPRESSED, 5, 12]);
  });

  it('totals add up only the cells shown, so no suppressed cell can be differenced back', () => {
    const r = regionalCells(
      [
        { districtId: 'a', counts: new Map([['2026-01', { incidents: 7, arrests: 3 }], ['2026-02', { incidents: 2 }]]) },
        { districtId: 'b', counts: new Map([['2026-01', { incidents: 5, arrests: 4 }]]) },
      ],
      ['2026-01', '2026-02'],
    );
    expect(r.districts[0].months).toEqual([
      { month: '2026-01', incidents: 7, coResponseDispatches: '<5', useOfForce: '<5', diversions: '<5', arrests: '<5' },
      { month: '2026-02', incidents: '<5', coResponseDispatches: '<5', useOfForce: '<5', diversions: '<5', arrests: '<5' },
    ]);
    // 7 shown + 2 suppressed: the total is 7, not 9 (9 - 7 would give the suppressed 2 away).
    expect(r.districts[0].total.incidents).toBe(7);
    // 3 + 4 arrests are both suppressed: 7 in total, but never shown.
    expect(r.months[0].arrests).toBe(SUPPRESSED);
    expect(r.total).toEqual({ incidents: 12, coResponseDispatches: '<5', useOfForce: '<5', diversions: '<5', arrests: '<5' });
  });

  it('widens a window to the whole months it touches', () => {
    expect(monthsOf('2025-11-15', '2026-02-03')).toEqual({ months: ['2025-11', '2025-12', '2026-01', '2026-02'], first: '2025-11-01', last: '2026-02-28' });
    expect(monthsOf('2024-02-10', '2024-02-10')).toEqual({ months: ['2024-02'], first: '2024-02-01', last: '2024-02-29' });
  });
});
