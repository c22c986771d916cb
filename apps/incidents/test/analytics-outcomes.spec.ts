import { formatOutcomes, OutcomeFold } from '../../../scripts/analytics-outcomes.js';

const reported = (analyticIncidentId: string, pseudonyms: string[], keyId = 'k1') => ({
  analyticIncidentId, analyticKeyId: 'ids-1', campusId: 'campus-hs-01', occurredOn: '2026-11-23', type: 'fight', mentalHealthCrisis: false, studentPseudonyms: pseudonyms, pseudonymKeyId: keyId,
});
const responded = (analyticIncidentId: string, coResponse: boolean, minutes: number) => ({
  analyticIncidentId, analyticKeyId: 'ids-1', campusId: 'campus-hs-01', respondedOn: '2026-11-23', priority: 'urgent', coResponse, dispatchToOnSceneMinutes: minutes,
});
const disposition = (analyticDispositionId: string, d: string) => ({
  analyticIncidentId: 'i', analyticDispositionId, analyticKeyId: 'ids-1', campusId: 'c', recordedOn: '2026-11-23', incidentType: 'fight', mentalHealthCrisis: false, disposition: d, studentPseudonym: 'p', pseudonymKeyId: 'k1',
});

describe('outcome metrics fold (scripts/analytics-outcomes.ts)', () => {
  it('counts each fact once even when the stream redelivers it', () => {
    const fold = new OutcomeFold();
    for (let i = 0; i < 2; i++) {
      fold.add('analytics.incident.reported', reported('i1', ['pA', 'pB']));
      fold.add('analytics.incident.responded', responded('i1', true, 12));
      fold.add('analytics.incident.disposition-recorded', disposition('d1', 'diversion-program'));
    }
    const m = fold.result();
    expect(m.contacts).toEqual({ students: 2, repeatStudents: 0, byCount: { '1': 2 }, max: 1 });
    expect(m.responseMinutes.coResponse.count).toBe(1);
    expect(m.divertedOrReferred).toBe(1);
  });

  it('computes medians, repeat contacts per key and diversion vs arrest', () => {
    const fold = new OutcomeFold();
    [4, 9, 11, 30].forEach((min, i) => fold.add('analytics.incident.responded', responded(`c${i}`, true, min)));
    fold.add('analytics.incident.responded', responded('o1', false, 20));
    ['i1', 'i2', 'i3'].forEach((id) => fold.add('analytics.incident.reported', reported(id, ['pA'])));
    fold.add('analytics.incident.reported', reported('i4', ['pA'], 'k2')); // a rotated key is a new pseudonym
    fold.add('analytics.incident.disposition-recorded', disposition('d1', 'referred-to-behavioral-health'));
    fold.add('analytics.incident.disposition-recorded', disposition('d2', 'arrest'));
    fold.add('analytics.incident.something-new', {});
    const m = fold.result();
    expect(m.responseMinutes.coResponse).toEqual({ count: 4, median: 9, p90: 30, mean: 13.5 });
    expect(m.responseMinutes.officerOnly).toEqual({ count: 1, median: 20, p90: 20, mean: 20 });
    expect(m.contacts).toEqual({ students: 2, repeatStudents: 1, byCount: { '1': 1, '3+': 1 }, max: 3 });
    expect([m.divertedOrReferred, m.arrested, m.dispositions.counselled]).toEqual([1, 1, 0]);
  });

  it('suppresses small cells when printing (R12)', () => {
    const fold = new OutcomeFold();
    fold.add('analytics.incident.disposition-recorded', disposition('d1', 'arrest'));
    const text = formatOutcomes(fold.result(), 5);
    expect(text).toMatch(/diverted or referred vs arrested:\s+0 vs <5/);
    expect(formatOutcomes(fold.result(), 1)).toMatch(/vs 1/);
  });
});
