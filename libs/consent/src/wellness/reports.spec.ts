import { mayReadWellbeingRecord, outboundProblems } from './access.js';
import { quarterBounds, quarterOf, quartersBetween } from './calendar.js';
import { escalationDecision, escalationLogEntry } from './escalation.js';
import { DEFAULT_WELLNESS_POLICY as policy } from './policy.js';
import { reportScope, suppressCell, suppressRow } from './reports.js';
import { countsTowardWellbeingGoal, unitGoalCounts } from './training-goal.js';

describe('command reports, access and escalation', () => {
  it('W11: cells from 1 to 4 are shown as "<5"; zero and 5+ as numbers', () => {
    expect([0, 1, 4, 5, 12].map((n) => suppressCell(n, policy))).toEqual([0, '<5', '<5', 5, 12]);
    expect(suppressRow({ offered: 3, accepted: 7 }, policy)).toEqual({ offered: '<5', accepted: 7 });
  });

  it('W11: no filter finer than a unit of at least 5 people', () => {
    expect(reportScope(null, policy).allow).toBe(true);
    expect(reportScope({ name: 'police', size: 5 }, policy).allow).toBe(true);
    expect(reportScope({ name: 'tiny', size: 4 }, policy)).toMatchObject({ allow: false, ruleIds: ['W11'] });
  });

  it('W11: reports are per quarter', () => {
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
    expect(quarterOf(new Date('2027-01-01T00:00:00Z'))).toBe('2027-Q1');
    expect(quartersBetween('2026-11-15', '2027-04-01')).toEqual(['2026-Q4', '2027-Q1', '2027-Q2']);
    expect(quartersBetween('2026-02-01', '2026-02-02')).toEqual(['2026-Q1']);
    // W11: a report covers whole quarters, so narrow ranges cannot be differenced down to a day.
    expect(quarterBounds('2026-02-14')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(quarterBounds('2024-12-31')).toEqual({ start: '2024-10-01', end: '2024-12-31' });
  });

  it('W1: only the staff member and the assigned supporter read a well-being record; rank opens nothing (W10)', () => {
    const record = { staffId: 's1', assignedTo: 'peer-1' };
    expect(mayReadWellbeingRecord({ staffId: 's1' }, record).allow).toBe(true);
    expect(mayReadWellbeingRecord({ staffId: 'peer-1' }, record).allow).toBe(true);
    const chief = mayReadWellbeingRecord({ staffId: 'chief' }, record);
    expect({ ...chief, reason: '' }).toEqual({ ...mayReadWellbeingRecord({ staffId: 'chief' }, null), reason: '' });
    expect(chief.ruleIds).toEqual(['W1', 'W10']);
  });

  it('W1, W3: only the declaration event may leave wellness, with its five fields', () => {
    const ok = { declarationId: 'd', candidateId: 'c', result: 'fit', declaredOn: '2026-11-01', evaluatorLicense: 'L' };
    expect(outboundProblems('wellness.psych-declaration.recorded', ok)).toEqual([]);
    expect(outboundProblems('wellness.psych-declaration.recorded', { ...ok, findings: 'x' })).toEqual(['field findings may not leave wellness']);
    expect(outboundProblems('wellness.debrief.held', {})).toEqual(['event type wellness.debrief.held may not leave wellness']);
  });

  it('W9: escalation needs a licensed clinician and a written justification; the staff member sees the log entry', () => {
    const req = { bySub: 'peer-1', staffId: 's1', clinicianLicense: 'LCSW-1', justification: 'stated a plan to harm self tonight' };
    expect(escalationDecision(req, policy)).toMatchObject({ allow: true, ruleIds: ['W9', 'W1'] });
    expect(escalationDecision({ ...req, clinicianLicense: null }, policy).allow).toBe(false);
    expect(escalationDecision({ ...req, justification: 'worried' }, policy).allow).toBe(false);
    expect(escalationLogEntry(req, new Date('2026-12-01T10:00:00Z'))).toEqual({
      staffId: 's1', at: '2026-12-01T10:00:00.000Z', by: 'peer-1', clinicianLicense: 'LCSW-1', justification: 'stated a plan to harm self tonight',
    });
  });

  it('W13: stress-management and resilience hours count toward the yearly goal, reported as suppressed counts', () => {
    expect(countsTowardWellbeingGoal('resilience')).toBe(true);
    expect(countsTowardWellbeingGoal('cit')).toBe(false);
    expect(unitGoalCounts([4, 5, 0, 8, 4, 1, 2], policy)).toEqual({ people: 7, met: '<5', notMet: '<5', goalHours: 4 });
    expect(unitGoalCounts([4, 5, 6, 8, 4, 1], { ...policy, wellbeingHoursGoal: 2 })).toEqual({ people: 6, met: 5, notMet: '<5', goalHours: 2 });
  });
});
