import { decide, deidentifyForAnalytics } from './index.js';
import { analyst, facts, NOW, REFERRAL, request, STUDENT } from '../test/fixtures.js';

/** A stand-in for the services' keyed HMAC: the library never hashes. */
const pseudonym = (id: string) => `p_${id.split('').reverse().join('')}`;

describe('R12 data-team stream', () => {
  it('gives the data team no identifiable record through decide()', () => {
    const d = decide(request(analyst, { purpose: 'analytics' }), facts(), NOW);
    expect(d).toMatchObject({ allow: false, fields: [] });
    expect(d.ruleIds).toContain('R12');
  });

  it('pseudonymises students, truncates dates to the day, drops free text and reporters', () => {
    const incident = {
      id: 'i-1',
      campusId: 'campus-hs-01',
      studentIds: [STUDENT, 'S2'],
      occurredAt: new Date('2026-11-23T14:05:00.000Z'),
      type: 'welfare-check',
      mentalHealthCrisis: true,
      location: 'east stairwell',
      narrative: 'long story',
      reportedBy: 'o-1',
      createdAt: '2026-11-23T14:30:00.000Z',
      unlabelled: 'x',
    };
    expect(deidentifyForAnalytics('incident', incident, pseudonym)).toEqual({
      id: 'i-1',
      campusId: 'campus-hs-01',
      studentIds: [pseudonym(STUDENT), pseudonym('S2')],
      occurredAt: '2026-11-23',
      type: 'welfare-check',
      mentalHealthCrisis: true,
      createdAt: '2026-11-23',
    });
  });

  it('never lets clinical free text, PSY-NOTE or SUD through', () => {
    const out = deidentifyForAnalytics('referral', REFERRAL, pseudonym);
    expect(out).toEqual({ id: 'r-1', studentId: pseudonym(STUDENT), campusId: 'campus-hs-01', source: 'staff', incidentId: 'i-1', status: 'received', safetyFlag: true, createdAt: '2026-03-01' });
    expect(JSON.stringify(out)).not.toContain(STUDENT);
  });

  it('truncates in the district calendar when asked (late evening in Texas is still that day)', () => {
    const late = { id: 'i-2', occurredAt: '2026-11-24T03:30:00.000Z' };
    expect(deidentifyForAnalytics('incident', late, pseudonym)).toEqual({ id: 'i-2', occurredAt: '2026-11-24' });
    expect(deidentifyForAnalytics('incident', late, pseudonym, { dayIn: 'America/Chicago' })).toEqual({ id: 'i-2', occurredAt: '2026-11-23' });
  });

  it('drops values of the wrong shape and unknown record types', () => {
    expect(deidentifyForAnalytics('incident', { type: { nested: 'object' }, occurredAt: 'not a date', studentIds: [1] }, pseudonym)).toEqual({});
    expect(deidentifyForAnalytics('nope', { id: 'x' }, pseudonym)).toEqual({});
  });
});
