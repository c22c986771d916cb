import { decide, DEFAULT_POLICY, disclosureEntry, type AccessRequest, type DecisionFacts } from './index.js';
import { admin, clinician, consent, facts, grant, NOW, officer, parent, request, STUDENT, supervisor, team } from '../test/fixtures.js';

const entryFor = (req: AccessRequest, f: DecisionFacts, policy = DEFAULT_POLICY) => disclosureEntry(decide(req, f, NOW), req, NOW, policy);

describe('R7 record of disclosures (99.32)', () => {
  it('logs a consent disclosure to police: who, to whom, when, classes, fields, basis', () => {
    const req = request(officer);
    expect(entryFor(req, facts({ consents: [consent()] }))).toEqual({
      who: 'clinical',
      toWhom: { id: 'o-1', role: 'officer', unit: 'police' },
      when: NOW.toISOString(),
      studentId: STUDENT,
      recordType: 'referral',
      purpose: 'co-response',
      classes: ['DIRECTORY', 'EDU-SAFETY', 'EDU-CLIN'],
      fields: [
        'id', 'studentId', 'campusId', 'source', 'incidentId', 'reason', 'status', 'safetyFlag', 'createdBy', 'createdAt',
        'referralRequestId', 'incidentType', 'incidentOccurredAt', 'mentalHealthCrisis', 'disposition',
        'decidedBy', 'decidedAt', 'declineReason', 'decisionNote', 'assignedClinicianId',
      ],
      basis: { kind: 'consent', id: 'consent-1' },
      bases: { DIRECTORY: { kind: 'school-official' }, 'EDU-SAFETY': { kind: 'consent', id: 'consent-1' }, 'EDU-CLIN': { kind: 'consent', id: 'consent-1' } },
      exempt: false,
      ruleIds: ['R7'],
    });
  });

  it('logs an emergency with the threat and the recipients (R6)', () => {
    const entry = entryFor(request(officer, { purpose: 'safety-emergency' }), facts({ grants: [grant()] }));
    expect(entry).toMatchObject({ exempt: false, basis: { kind: 'emergency', id: 'btg-1' }, threat: grant().threat, grantRecipients: [{ unit: 'police' }] });
  });

  it('logs a team disclosure to an administrator', () => {
    const entry = entryFor(request(admin, { recordType: 'threat-assessment', purpose: 'threat-assessment' }), facts({ record: { studentId: STUDENT, caseId: 'case-1' }, teamMemberships: team() }));
    expect(entry).toMatchObject({ exempt: false, basis: { kind: 'team', id: 'case-1' }, classes: ['DIRECTORY', 'EDU-SAFETY'] });
  });

  it.each([
    ['school-official access within the clinical unit', request(clinician, { purpose: 'treatment' }), facts()],
    ['a parent inspecting', request(parent, { purpose: 'parent-inspection' }), facts()],
    ['the minimum LE facts a clinician reads (not an education record)', request(clinician, { recordType: 'incident', purpose: 'referral' }), facts()],
    ["the police unit's own records", request(officer, { recordType: 'incident', purpose: 'investigation' }), facts()],
  ])('flags %s as exempt, and logs it anyway (policy)', (_name, req, f) => {
    expect(entryFor(req, f)).toMatchObject({ exempt: true, ruleIds: ['R7'] });
    expect(entryFor(req, f, { ...DEFAULT_POLICY, logExemptDisclosures: false })).toBeNull();
  });

  it('logs nothing for a denial: nothing was disclosed', () => {
    expect(entryFor(request(officer), facts())).toBeNull();
  });

  it('R3 R7 R10 (issue 14): a psychotherapy note read by its author or a supervisor leaves no entry, and no entry names a PSY-NOTE field or class', () => {
    const note = (requester: typeof clinician) => request(requester, { recordType: 'clinical-note', purpose: 'treatment' });
    const noteFacts = facts({ record: { studentId: STUDENT, authorId: clinician.id } });
    expect(decide(note(clinician), noteFacts, NOW).allow).toBe(true);
    expect(entryFor(note(clinician), noteFacts)).toBeNull();
    expect(entryFor(note(supervisor), noteFacts)).toBeNull();
    // A referral holding a PSY-NOTE field, read by its author for treatment: logged (exempt), without the note.
    const req = request(clinician, { purpose: 'treatment' });
    const refFacts = facts({ record: { studentId: STUDENT, authorId: clinician.id } });
    expect(decide(req, refFacts, NOW).classes).toContain('PSY-NOTE');
    const entry = entryFor(req, refFacts)!;
    expect(entry.classes).not.toContain('PSY-NOTE');
    expect(entry.fields).not.toContain('clinicalNote');
    expect(Object.keys(entry.bases)).not.toContain('PSY-NOTE');
    expect(entry.basis).toEqual(entry.bases['EDU-CLIN']);
  });
});
