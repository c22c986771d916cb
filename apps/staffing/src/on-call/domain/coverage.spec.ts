import { coverageOf, type CoverageShift } from './coverage.js';

const h = (hour: number) => hour * 3_600_000;
const shift = (id: string, from: number, to: number): CoverageShift => ({ shiftId: id, staffId: `staff-${id}`, startsAt: h(from), endsAt: h(to) });

describe('on-call coverage', () => {
  it('reports the whole period as a gap when nobody is on call', () => {
    expect(coverageOf([], h(0), h(24))).toEqual({ gaps: [{ from: h(0), to: h(24) }], overlaps: [], coveredRatio: 0 });
  });

  it('sees back-to-back shifts (end exclusive, start inclusive) as neither a gap nor an overlap', () => {
    expect(coverageOf([shift('a', 0, 12), shift('b', 12, 24)], h(0), h(24))).toEqual({ gaps: [], overlaps: [], coveredRatio: 1 });
  });

  it('finds gaps between, before and after shifts', () => {
    const c = coverageOf([shift('a', 2, 8), shift('b', 10, 20)], h(0), h(24));
    expect(c.gaps).toEqual([
      { from: h(0), to: h(2) },
      { from: h(8), to: h(10) },
      { from: h(20), to: h(24) },
    ]);
    expect(c.coveredRatio).toBeCloseTo(16 / 24);
  });

  it('finds overlaps with the shifts involved, and merges stretches with the same shifts', () => {
    const c = coverageOf([shift('a', 0, 14), shift('b', 12, 24), shift('c', 13, 16)], h(0), h(24));
    expect(c.overlaps).toEqual([
      { from: h(12), to: h(13), shiftIds: ['a', 'b'] },
      { from: h(13), to: h(14), shiftIds: ['a', 'b', 'c'] },
      { from: h(14), to: h(16), shiftIds: ['b', 'c'] },
    ]);
    expect(c.gaps).toEqual([]);
  });

  it('clips shifts to the period asked about', () => {
    expect(coverageOf([shift('a', -5, 30)], h(0), h(24))).toEqual({ gaps: [], overlaps: [], coveredRatio: 1 });
    expect(coverageOf([shift('a', 24, 30)], h(0), h(24)).gaps).toEqual([{ from: h(0), to: h(24) }]);
  });
});
