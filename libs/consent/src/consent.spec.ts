import {
  consentStatus,
  decide,
  DEFAULT_POLICY,
  formProblems,
  isAdultAt,
  missingPart2Elements,
  PART2_ELEMENTS,
  type Consent,
  type DecisionFacts,
} from './index.js';
import { admin, at, clinician, consent, DAY, facts, fullPart2, HOUR, JUST_ADULT, MINOR, NOW, officer, parent, request, STUDENT, student } from '../test/fixtures.js';

const policeSees = (c: Consent, f: Partial<DecisionFacts> = {}) => decide(request(officer), facts({ consents: [c], ...f }), NOW);

describe('R4 consent validity (FERPA 99.30)', () => {
  describe('in force on [effectiveFrom, min(expiresAt, revokedAt)) — half-open', () => {
    it.each([
      ['expires 1 ms after now: in force', { expiresAt: at(1) }, true],
      ['expires exactly now: expired', { expiresAt: NOW }, false],
      ['expired 1 ms ago', { expiresAt: at(-1) }, false],
      ['starts exactly now: in force', { effectiveFrom: NOW }, true],
      ['starts 1 ms from now: not yet', { effectiveFrom: at(1) }, false],
      ['revoked 1 ms before now: denied', { revokedAt: at(-1) }, false],
      ['revoked exactly now: denied (effective from its time forward)', { revokedAt: NOW }, false],
      ['revoked 1 ms after now: still in force now', { revokedAt: at(1) }, true],
    ] as [string, Partial<Consent>, boolean][])('%s', (_name, over, allowed) => {
      const d = policeSees(consent(over));
      expect(d.allow).toBe(allowed);
      expect(d.ruleIds).toContain(allowed ? 'R4' : 'R10');
      if (!allowed) expect(d.ruleIds).toContain('R4');
    });

    it('reports the status an API would show', () => {
      expect(consentStatus(consent({ effectiveFrom: at(1) }), NOW)).toBe('pending');
      expect(consentStatus(consent(), NOW)).toBe('in-force');
      expect(consentStatus(consent({ expiresAt: NOW }), NOW)).toBe('expired');
      expect(consentStatus(consent({ expiresAt: NOW, revokedAt: at(-DAY) }), NOW)).toBe('revoked');
    });
  });

  describe('the form: signed and dated, names records, purpose, recipients and an expiry', () => {
    it.each([
      ['no expiry', { expiresAt: null }, 'has no expiry'],
      ['no signature date', { signer: { role: 'guardian', id: 'g-1', signedAt: new Date(Number.NaN) } }, 'not signed and dated'],
      ['no signer', { signer: { role: 'guardian', id: '', signedAt: at(-DAY) } }, 'not signed and dated'],
      ['no classes', { classes: [] }, 'names no records'],
      ['no purpose', { purposes: [] }, 'names no purpose'],
      ['no recipient', { recipients: [] }, 'names no recipient'],
    ] as [string, Partial<Consent>, string][])('%s: invalid', (_name, over, problem) => {
      expect(formProblems(consent(over))).toContain(problem);
      expect(policeSees(consent(over)).allow).toBe(false);
    });

    it('a consent signed in the future is not in force', () => {
      const d = policeSees(consent({ signer: { role: 'guardian', id: 'g-1', signedAt: at(1) } }));
      expect(d.allow).toBe(false);
      expect(d.reason).toContain('signed in the future');
    });
  });

  describe('the signer: the parent or guardian until 18, then the student', () => {
    const byStudent = (signedAt: Date): Partial<Consent> => ({ signer: { role: 'student', id: STUDENT, signedAt } });
    const lastMinuteOf17 = new Date('2026-03-10T04:59:59.999Z'); // 23:59:59.999 CDT on 9 March
    const firstMinuteOf18 = new Date('2026-03-10T05:00:00.000Z'); // 00:00 CDT on 10 March
    it.each([
      ['a guardian of record, for a minor', MINOR, {}, true],
      ['someone who is not a guardian of record', MINOR, { signer: { role: 'guardian', id: 'g-9', signedAt: at(-DAY) } }, false],
      ['the student at 15', MINOR, byStudent(at(-DAY)), false],
      ['a guardian, signed before the 18th birthday, now 18: lapses (policy)', JUST_ADULT, { signer: { role: 'guardian', id: 'g-1', signedAt: at(-2 * DAY) } }, false],
      ['a guardian, signed on the 18th birthday: no longer the signer', JUST_ADULT, { signer: { role: 'guardian', id: 'g-1', signedAt: firstMinuteOf18 } }, false],
      ['the student on the 18th birthday (local midnight)', JUST_ADULT, { ...byStudent(firstMinuteOf18), effectiveFrom: firstMinuteOf18 }, true],
      ['the student one millisecond before local midnight, though already the 10th in UTC', JUST_ADULT, { ...byStudent(lastMinuteOf17), effectiveFrom: lastMinuteOf17 }, false],
      ['a minor alone, for EDU-CLIN, even with a TFC 32.004 basis', MINOR, { signer: { role: 'minor-self', id: STUDENT, signedAt: at(-DAY) }, minorConsentBasis: 'suicide-prevention' }, false],
      ['an unknown date of birth: no signer can be checked', { ...MINOR, dateOfBirth: '' }, {}, false],
    ] as [string, typeof MINOR, Partial<Consent>, boolean][])('%s', (_name, s, over, allowed) => {
      const d = policeSees(consent(over), { student: s });
      expect(d.allow).toBe(allowed);
      expect(d.ruleIds).toContain('R4');
    });

    it('keeps a guardian consent past the 18th birthday when the policy says so', () => {
      const policy = { ...DEFAULT_POLICY, guardianConsentAtMajority: 'continues-until-revoked' as const };
      const c = consent({ signer: { role: 'guardian', id: 'g-1', signedAt: at(-2 * DAY) } });
      expect(policeSees(c, { student: JUST_ADULT, policy }).allow).toBe(true);
      expect(policeSees({ ...c, revokedAt: NOW }, { student: JUST_ADULT, policy }).allow).toBe(false);
    });

    it('R4: the 18th birthday is counted at midnight America/Chicago (the district calendar, DEFAULT_POLICY.timeZone), not at midnight UTC; born on 29 February, on 1 March of a common year', () => {
      expect(DEFAULT_POLICY.timeZone).toBe('America/Chicago');
      // 2026-03-10T00:00Z is already the 10th in UTC, but still the 9th in Texas: not yet 18.
      expect(isAdultAt('2008-03-10', new Date('2026-03-10T00:00:00.000Z'), DEFAULT_POLICY.timeZone)).toBe(false);
      expect(isAdultAt('2008-03-10', new Date('2026-03-10T04:59:59.999Z'), 'America/Chicago')).toBe(false);
      expect(isAdultAt('2008-03-10', new Date('2026-03-10T05:00:00.000Z'), 'America/Chicago')).toBe(true);
      expect(isAdultAt('2008-02-29', new Date('2026-02-28T18:00:00Z'), 'America/Chicago')).toBe(false);
      expect(isAdultAt('2008-02-29', new Date('2026-03-01T18:00:00Z'), 'America/Chicago')).toBe(true);
      expect(isAdultAt('not-a-date', NOW, 'America/Chicago')).toBeUndefined();
    });
  });

  describe('inspection: the parent until 18, then the student', () => {
    it.each([
      ['a parent of a minor', parent, 'parent-inspection', MINOR, true],
      ['a parent once the student is 18', parent, 'parent-inspection', JUST_ADULT, false],
      ['a parent not of record', { id: 'g-9', role: 'parent' as const }, 'parent-inspection', MINOR, false],
      ['the student at 15', student, 'self-inspection', MINOR, false],
      ['the student at 18', student, 'self-inspection', JUST_ADULT, true],
      ['another student', { id: 'S2', role: 'student' as const }, 'self-inspection', JUST_ADULT, false],
    ] as const)('%s', (_name, who, purpose, s, allowed) => {
      const d = decide(request(who, { purpose }), facts({ student: s }), NOW);
      expect(d.allow).toBe(allowed);
      expect(d.ruleIds).toContain('R4');
      if (allowed) {
        expect(d.basis).toEqual({ kind: 'self' });
        expect(d.fields).not.toContain('clinicalNote');
        expect(d.redisclosure).toBeUndefined();
      }
    });
  });

  it('lets administrators in only by consent', () => {
    expect(decide(request(admin, { purpose: 'referral' }), facts(), NOW).allow).toBe(false);
    const d = decide(request(admin, { purpose: 'referral' }), facts({ consents: [consent({ recipients: [{ unit: 'administration' }], purposes: ['referral'] })] }), NOW);
    expect(d).toMatchObject({ allow: true, basis: { kind: 'consent', id: 'consent-1' }, redisclosure: 'prohibited' });
  });
});

describe('R5 substance-use records (42 CFR Part 2)', () => {
  const part2Consent = (over: Partial<Consent> = {}) => consent({ id: 'p2-1', classes: ['SUD'], part2: fullPart2(), ...over });

  it('discloses SUD to police under a complete Part 2 consent naming them, with the 2.32 notice', () => {
    const d = policeSees(part2Consent());
    expect(d.allow).toBe(true);
    expect(d.fields).toContain('substanceUse');
    expect(d.fields).not.toContain('reason');
    expect(d.ruleIds).toEqual(expect.arrayContaining(['R3', 'R4', 'R5', 'R8']));
    expect(d.notices).toEqual([DEFAULT_POLICY.part2RedisclosureNotice]);
    expect(d.redisclosure).toBe('prohibited');
    expect(d.basis).toEqual({ kind: 'consent', id: 'p2-1' });
  });

  it.each(PART2_ELEMENTS.map((e) => [e]))('denies SUD when the Part 2 element %s is missing', (element) => {
    const part2 = { ...fullPart2(), [element]: undefined };
    expect(missingPart2Elements(part2Consent({ part2 }))).toEqual([element]);
    const d = policeSees(part2Consent({ part2 }));
    expect(d.allow).toBe(false);
    expect(d.ruleIds).toEqual(expect.arrayContaining(['R5', 'R10']));
    expect(d.reason).toContain(element);
  });

  it.each([
    ['a blank description', { sudDescription: '  ' }],
    ['no named recipient', { recipientsNamed: [''] }],
    ['a purpose not limited to the minimum necessary', { purposeMinimumNecessary: false }],
    ['an expiry with neither date nor event', { expiry: {} }],
    ['a signature without a date', { signature: { name: 'Pat', signedAt: new Date(Number.NaN) } }],
  ])('treats %s as missing', (_name, over) => {
    expect(policeSees(part2Consent({ part2: fullPart2(over) })).allow).toBe(false);
  });

  it('accepts an expiry event instead of a date, and honours an earlier Part 2 expiry date', () => {
    expect(policeSees(part2Consent({ part2: fullPart2({ expiry: { event: 'end of the school year' } }) })).allow).toBe(true);
    expect(policeSees(part2Consent({ part2: fullPart2({ expiry: { at: NOW } }) })).allow).toBe(false);
  });

  it('needs the consent to name the recipient: a Part 2 consent naming administrators does not open SUD to police', () => {
    expect(policeSees(part2Consent({ recipients: [{ unit: 'administration' }] })).allow).toBe(false);
  });

  it('never serves an investigation of the student, consent or not', () => {
    const d = decide(request(officer, { purpose: 'investigation' }), facts({ consents: [part2Consent({ purposes: ['investigation'] })] }), NOW);
    expect(d.allow).toBe(false);
    expect(d.ruleIds).toContain('R5');
    expect(decide(request(clinician, { purpose: 'investigation' }), facts(), NOW).fields).not.toContain('substanceUse');
  });

  it('lets the clinicians, the Part 2 program, use it internally without a notice', () => {
    const d = decide(request(clinician, { purpose: 'treatment' }), facts(), NOW);
    expect(d.fields).toContain('substanceUse');
    expect(d.notices).toBeUndefined();
  });

  describe('minors: where the minor consented to the treatment (TFC 32.004), the minor signs', () => {
    const minorTreated = { studentId: STUDENT, minorTreatmentBasis: 'chemical-addiction' as const };
    const bySelf = { signer: { role: 'minor-self' as const, id: STUDENT, signedAt: at(-DAY) }, minorConsentBasis: 'chemical-addiction' as const };
    it.each([
      ['a guardian alone cannot', {}, minorTreated, false],
      ['the minor can', bySelf, minorTreated, true],
      ['the minor needs a 32.004 basis', { ...bySelf, minorConsentBasis: undefined }, minorTreated, false],
      ['a guardian can where the parent consented to the treatment', {}, { studentId: STUDENT }, true],
    ] as [string, Partial<Consent>, DecisionFacts['record'], boolean][])('%s', (_name, over, record, allowed) => {
      const d = policeSees(part2Consent(over), { record });
      expect(d.allow).toBe(allowed);
      expect(d.ruleIds).toContain('R5');
    });

    it('lets the patient read own SUD records: a minor who consented alone, or any student at 18', () => {
      const self = request(student, { purpose: 'self-inspection' });
      expect(decide(self, facts({ record: minorTreated }), NOW).fields).toEqual(['studentId', 'campusId', 'substanceUse']);
      expect(decide(self, facts(), NOW).allow).toBe(false);
      expect(decide(self, facts({ student: JUST_ADULT }), NOW).fields).toContain('substanceUse');
    });

    it('keeps SUD from a parent without a Part 2 consent', () => {
      expect(decide(request(parent, { purpose: 'parent-inspection' }), facts(), NOW).fields).not.toContain('substanceUse');
    });
  });

  it('keeps SUD out of a safety emergency', () => {
    const d = decide(request(officer, { purpose: 'safety-emergency' }), facts({ grants: [{ id: 'g', studentId: STUDENT, grantee: 'o-1', threat: 'a specific threat', justification: 'responders need it', issuedAt: at(-HOUR), expiresAt: at(HOUR), recipients: [] }] }), NOW);
    expect(d.fields).not.toContain('substanceUse');
    expect(d.ruleIds).toEqual(expect.arrayContaining(['R5', 'R6']));
  });
});
