import { campusRefusal, partiesRefusal, periodRefusal } from './agreement-rules.js';

describe('sharing agreement rules', () => {
  it('two different districts', () => {
    expect(partiesRefusal('a', 'a')).toEqual({ kind: 'SAME_DISTRICT' });
    expect(partiesRefusal('a', 'b')).toBeUndefined();
  });

  it("campuses of the receiver's registry list; any for a district without one", () => {
    expect(campusRefusal({ campusIds: ['c1', 'c2'] }, ['c1', 'x', 'y'])).toEqual({ kind: 'CAMPUS_NOT_RECEIVERS', campusIds: ['x', 'y'] });
    expect(campusRefusal({ campusIds: ['c1', 'c2'] }, ['c2'])).toBeUndefined();
    expect(campusRefusal({}, ['anything'])).toBeUndefined();
  });

  it('a non-empty period (until exclusive), open-ended allowed; instants compared, not strings', () => {
    expect(periodRefusal('2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z')).toEqual({ kind: 'PERIOD_EMPTY' });
    expect(periodRefusal('2026-12-01T06:00:00+06:00', '2026-12-01T00:00:01Z')).toBeUndefined();
    expect(periodRefusal('2026-12-01T00:00:00Z', '2026-11-30T00:00:00Z')).toEqual({ kind: 'PERIOD_EMPTY' });
    expect(periodRefusal('2026-12-01T00:00:00Z', null)).toBeUndefined();
    expect(periodRefusal('2026-12-01T00:00:00Z', undefined)).toBeUndefined();
  });
});
