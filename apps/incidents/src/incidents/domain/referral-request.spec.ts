import { DEFAULT_POLICY } from '#consent';
import type { Incident } from '../data/incident.entity.js';
import { isReferral, referralRequestFor, safetyFlag } from './referral-request.js';

const incident = {
  id: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
  campusId: 'campus-hs-01',
  location: 'Locker room B',
  occurredAt: new Date('2026-11-23T14:05:00Z'),
  type: 'welfare-check',
  studentIds: ['S1000001', 'S1000002'],
  narrative: 'Officer D found the student distressed after a dispute.',
  mentalHealthCrisis: true,
  status: 'on-scene',
  reportedBy: 'officer-7',
} as Incident;

const context = {
  referralRequestId: '2a1b0c9d-8e7f-4a6b-9c5d-4e3f2a1b0c9d',
  studentId: 'S1000002',
  disposition: 'diversion-program' as const,
  requestedAt: new Date('2026-11-23T15:30:00Z'),
  forceUsed: false,
  now: new Date('2026-11-23T15:30:01Z'),
};

describe('referral request (R1, R2 through libs/consent project)', () => {
  it('carries the minimum facts for this one student, marked no-redisclosure', () => {
    expect(referralRequestFor(incident, context)).toEqual({
      referralRequestId: context.referralRequestId,
      incidentId: incident.id,
      studentId: 'S1000002',
      campusId: 'campus-hs-01',
      incidentType: 'welfare-check',
      occurredAt: '2026-11-23T14:05:00.000Z',
      mentalHealthCrisis: true,
      safetyFlag: false,
      disposition: 'diversion-program',
      requestedAt: '2026-11-23T15:30:00.000Z',
      redisclosure: 'prohibited',
    });
  });

  it('takes the disposition from what libs/consent lets cross, like every other fact (R2)', () => {
    expect(referralRequestFor(incident, { ...context, disposition: 'referred-to-behavioral-health' })?.disposition).toBe('referred-to-behavioral-health');
  });

  it('never lets the narrative, location, reporter or the other students cross', () => {
    const text = JSON.stringify(referralRequestFor(incident, context));
    for (const secret of [incident.narrative, incident.location, 'officer-7', 'S1000001', 'on-scene']) expect(text).not.toContain(secret);
  });

  it('publishes nothing when the policy lets nothing cross', () => {
    expect(referralRequestFor(incident, { ...context, policy: { ...DEFAULT_POLICY, cliniciansAreSchoolOfficials: false } })).toBeNull();
    expect(referralRequestFor(incident, { ...context, policy: { ...DEFAULT_POLICY, clinicianLePurposes: ['treatment'] } })).toBeNull();
  });

  it('flags safety for threats, weapons, self-harm and any force used', () => {
    expect(safetyFlag({ type: 'weapon' }, false)).toBe(true);
    expect(safetyFlag({ type: 'self-harm-concern' }, false)).toBe(true);
    expect(safetyFlag({ type: 'fight' }, true)).toBe(true);
    expect(safetyFlag({ type: 'fight' }, false)).toBe(false);
  });

  it('refers only diversion and referral dispositions', () => {
    expect(['referred-to-behavioral-health', 'diversion-program', 'arrest', 'counselled'].map((d) => isReferral(d as never))).toEqual([true, true, false, false]);
  });
});
