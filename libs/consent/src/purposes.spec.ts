import { decide, disclosureEntry, PURPOSES, UNIT_PURPOSES, type AccessRequest, type DecisionFacts } from './index.js';
import { admin, clinician, consent, director, facts, NOW, officer, otherClinician, request, STUDENT, supervisor } from '../test/fixtures.js';

/**
 * Issue 14, item 7: the purposes the rules imply and the engine lacked.
 * - supervision (R3: "author + clinical supervisors only"): a clinical supervisor reviews a
 *   clinician's records, psychotherapy notes included; nobody else may claim the purpose. Inside the
 *   clinical unit, so not a disclosure (R7), and PSY-NOTE never appears in the record (R10).
 * - administration (R1, R3a, R4): district administration sees directory information as staff;
 *   clinical classes only under a consent naming administration for that purpose; never PSY-NOTE,
 *   never LE. A district system (the SIS) is no recipient at all: it writes directory facts.
 */
const note = (over: Partial<AccessRequest> = {}) => request(supervisor, { recordType: 'clinical-note', purpose: 'supervision', ...over });
const noteFacts: DecisionFacts = facts({ record: { studentId: STUDENT, authorId: clinician.id } });

describe('R3 purpose supervision', () => {
  it('R3: is a purpose of the clinical unit only', () => {
    expect(PURPOSES).toContain('supervision');
    expect(UNIT_PURPOSES.clinical).toContain('supervision');
    expect(UNIT_PURPOSES.police).not.toContain('supervision');
  });

  it('R3: a clinical supervisor and the director read another clinician\'s psychotherapy note for supervision', () => {
    for (const who of [supervisor, director]) {
      const d = decide(note({ requester: who }), noteFacts, NOW);
      expect(d.allow).toBe(true);
      expect(d.fields).toContain('body');
      expect(d.ruleIds).toContain('R3');
    }
  });

  it('R3 R10: a plain clinician, the author, an officer and an administrator cannot claim supervision', () => {
    for (const who of [otherClinician, clinician, officer, admin]) {
      expect({ who: who.id, allow: decide(note({ requester: who }), noteFacts, NOW).allow }).toEqual({ who: who.id, allow: false });
      expect(decide(request(who, { purpose: 'supervision' }), facts({ consents: [consent({ purposes: ['supervision'] })] }), NOW).allow).toBe(false);
    }
  });

  it('R3 R7 R10: supervision of a note is not a disclosure: nothing enters the record of disclosures', () => {
    const req = note();
    expect(disclosureEntry(decide(req, noteFacts, NOW), req, NOW)).toBeNull();
  });
});

describe('R1 R3 R4 purpose administration', () => {
  it('R3: is a purpose of the administration unit, not of police or clinicians', () => {
    expect(PURPOSES).toContain('administration');
    expect(UNIT_PURPOSES.administration).toContain('administration');
    expect(UNIT_PURPOSES.police).not.toContain('administration');
    expect(UNIT_PURPOSES.clinical).not.toContain('administration');
  });

  it('R3 R10: an administrator without a consent sees nothing of a referral: directory fields alone do not reveal a record', () => {
    expect(decide(request(admin, { purpose: 'administration' }), facts(), NOW)).toMatchObject({ allow: false, fields: [] });
  });

  it('R3a R4: a consent naming administration for the purpose opens EDU-CLIN; PSY-NOTE and SUD stay closed', () => {
    const c = consent({ recipients: [{ unit: 'administration' }], purposes: ['administration'], classes: ['EDU-CLIN', 'PSY-NOTE', 'SUD'] });
    const d = decide(request(admin, { purpose: 'administration' }), facts({ consents: [c] }), NOW);
    expect(d.allow).toBe(true);
    expect(d.fields).toEqual(expect.arrayContaining(['reason', 'status']));
    expect(d.fields).not.toContain('clinicalNote');
    expect(d.fields).not.toContain('substanceUse');
    expect(d.redisclosure).toBe('prohibited');
  });

  it('R1: law-enforcement records never open for administration', () => {
    const d = decide(request(admin, { purpose: 'administration', recordType: 'incident' }), facts(), NOW);
    expect(d.allow).toBe(false);
    expect(d.ruleIds).toContain('R1');
  });

  it('R3: a clinician cannot read under administration (not the clinical unit\'s purpose)', () => {
    expect(decide(request(clinician, { purpose: 'administration' }), facts(), NOW).allow).toBe(false);
  });
});
