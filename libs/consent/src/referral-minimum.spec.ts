import { decide, DEFAULT_POLICY, project, RECORD_TYPES } from './index.js';
import { clinician, facts, MINOR, NOW, request, STUDENT } from '../test/fixtures.js';

/** An incident as the police unit keeps it, with the disposition that caused the referral. */
const incident = {
  recordType: 'incident' as const,
  studentId: STUDENT,
  data: {
    id: 'i-1',
    campusId: 'campus-hs-01',
    studentIds: [STUDENT],
    occurredAt: '2026-03-10T14:00:00Z',
    type: 'fight',
    safetyFlag: false,
    mentalHealthCrisis: true,
    disposition: 'diversion-program',
    location: 'Gym hallway',
    narrative: 'Officer D separated two students after a shoving match.',
    reportedBy: 'o-1',
  },
};

describe('R2 a referral sees the minimum: the disposition that caused it, never the narrative or location', () => {
  it('tags the disposition minimum and the narrative and location not', () => {
    expect(RECORD_TYPES.incident.fields.disposition.tags).toContain('minimum');
    expect(RECORD_TYPES.incident.fields.narrative.tags).not.toContain('minimum');
    expect(RECORD_TYPES.incident.fields.location.tags).not.toContain('minimum');
  });

  it('lets a clinician making a referral read the disposition, not the narrative or location', () => {
    const d = decide(request(clinician, { recordType: 'incident', purpose: 'referral' }), facts(), NOW);
    expect(d).toMatchObject({ allow: true, basis: { kind: 'school-official' }, redisclosure: 'prohibited' });
    expect(d.ruleIds).toContain('R2');
    expect(d.fields).toContain('disposition');
    for (const field of ['narrative', 'location', 'reportedBy']) expect(d.fields).not.toContain(field);
  });

  it('projects the disposition onto the clinical topic and withholds the narrative and location', () => {
    const p = project(incident, { unit: 'clinical', purpose: 'referral' }, { student: MINOR, consents: [], grants: [], policy: DEFAULT_POLICY }, NOW);
    expect(p).toMatchObject({ data: { disposition: 'diversion-program', type: 'fight', occurredAt: '2026-03-10T14:00:00Z', safetyFlag: false } });
    expect(p!.data).not.toHaveProperty('narrative');
    expect(p!.data).not.toHaveProperty('location');
    expect(p!.withheld).toEqual(['location', 'narrative', 'reportedBy']);
    expect(p!.ruleIds).toContain('R2');
  });

  it('asking for the narrative and location by name still gets nothing', () => {
    const d = decide(request(clinician, { recordType: 'incident', purpose: 'referral', fields: ['narrative', 'location'] }), facts(), NOW);
    expect(d.allow).toBe(false);
    expect(d.fields).toEqual([]);
  });
});
