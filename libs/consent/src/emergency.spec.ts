import { decide, DEFAULT_POLICY, issueBreakGlass, type BreakGlassGrant, type BreakGlassRequest } from './index.js';
import { admin, analyst, at, chief, clinician, facts, grant, HOUR, NOW, officer, otherOfficer, request, STUDENT } from '../test/fixtures.js';

const emergency = (who = officer, grants: BreakGlassGrant[] = [grant()], recordType: 'referral' | 'clinical-note' | 'safety-plan' = 'referral') =>
  decide(request(who, { purpose: 'safety-emergency', recordType }), facts({ grants, record: { studentId: STUDENT, authorId: 'c-1' } }), NOW);

describe('R6 health or safety emergency (break-the-glass)', () => {
  describe('issuing a grant', () => {
    const ask = (over: Partial<BreakGlassRequest> = {}): BreakGlassRequest => ({
      id: 'btg-9',
      studentId: STUDENT,
      grantee: 'o-1',
      threat: 'student said they will hurt a named classmate after school',
      justification: 'officers need the safety plan before they approach',
      recipients: [{ unit: 'police' }],
      issuedAt: NOW,
      ...over,
    });

    it('time-boxes it to the policy default (24 h)', () => {
      const issued = issueBreakGlass(ask(), DEFAULT_POLICY);
      expect(issued).toMatchObject({ ok: true, grant: { expiresAt: new Date(NOW.getTime() + 24 * HOUR), threat: ask().threat } });
      expect(issued.ok && 'durationMs' in issued.grant).toBe(false);
    });

    it('allows a shorter one, refuses a longer one than the policy maximum', () => {
      expect(issueBreakGlass(ask({ durationMs: 2 * HOUR }), DEFAULT_POLICY)).toMatchObject({ ok: true, grant: { expiresAt: at(2 * HOUR) } });
      expect(issueBreakGlass(ask({ durationMs: DEFAULT_POLICY.breakGlassMaxMs + 1 }), DEFAULT_POLICY)).toMatchObject({ ok: false, ruleIds: ['R6'] });
      expect(issueBreakGlass(ask({ durationMs: 0 }), DEFAULT_POLICY).ok).toBe(false);
    });

    it.each([
      ['no threat', { threat: '' }, 'the threat must be written'],
      ['a blank threat', { threat: '          ' }, 'the threat must be written'],
      ['a threat too thin to articulate', { threat: 'danger' }, 'the threat must be written'],
      ['no justification', { justification: '' }, 'the justification must be written'],
      ['no student (one student per grant)', { studentId: '' }, 'a grant is scoped to one student'],
      ['no grantee', { grantee: '' }, 'a grant names who broke the glass'],
    ] as [string, Partial<BreakGlassRequest>, string][])('requires the written reasons: refuses %s', (_name, over, problem) => {
      const issued = issueBreakGlass(ask(over), DEFAULT_POLICY);
      expect(issued.ok).toBe(false);
      if (!issued.ok) expect(issued.problems.join('; ')).toContain(problem);
    });
  });

  describe('using a grant', () => {
    it('opens EDU-SAFETY and EDU-CLIN to the grantee in a safety emergency', () => {
      const d = emergency();
      expect(d.allow).toBe(true);
      expect(d.fields).toEqual(expect.arrayContaining(['reason', 'safetyFlag', 'status']));
      expect(d.ruleIds).toEqual(expect.arrayContaining(['R3', 'R6', 'R8']));
      expect(d.basis).toMatchObject({ kind: 'emergency', id: 'btg-1', threat: grant().threat });
    });

    it('never opens PSY-NOTE or SUD', () => {
      const d = emergency();
      expect(d.fields).not.toContain('clinicalNote');
      expect(d.fields).not.toContain('substanceUse');
      const note = emergency(officer, [grant()], 'clinical-note');
      expect(note.allow).toBe(false);
      expect(note.ruleIds).toEqual(expect.arrayContaining(['R3', 'R10']));
      const forClinician = emergency(clinician, [grant({ grantee: 'c-2', recipients: [{ unit: 'clinical' }] })], 'clinical-note');
      expect(forClinician).toMatchObject({ allow: false });
      expect(forClinician.ruleIds).toContain('R6');
    });

    it.each([
      ['1 ms before expiry: open', grant({ expiresAt: at(1) }), true],
      ['at the expiry instant: closed', grant({ expiresAt: NOW }), false],
      ['after expiry: closed', grant({ issuedAt: at(-25 * HOUR), expiresAt: at(-HOUR) }), false],
      ['issued in the future: not yet', grant({ issuedAt: at(1), expiresAt: at(HOUR) }), false],
      ['closed early', grant({ revokedAt: at(-1) }), false],
      ['for another student', grant({ studentId: 'S9' }), false],
      ['stored without a threat', grant({ threat: ' ' }), false],
      ['stored without a justification', grant({ justification: '' }), false],
      ['stored longer than the policy allows', grant({ issuedAt: at(-HOUR), expiresAt: at(100 * HOUR) }), false],
    ])('%s', (_name, g, allowed) => {
      const d = emergency(officer, [g]);
      expect(d.allow).toBe(allowed);
      expect(d.ruleIds).toContain('R6');
    });

    it('reaches only the grantee and the parties it names', () => {
      const onlyChief = grant({ grantee: 'pc-1', recipients: [{ personId: 'pc-1' }] });
      expect(emergency(chief, [onlyChief]).allow).toBe(true);
      expect(emergency(otherOfficer, [onlyChief]).allow).toBe(false);
      expect(emergency(admin, [grant({ recipients: [{ role: 'admin' }] })]).allow).toBe(true);
      expect(emergency(analyst, [grant({ recipients: [{ unit: 'analytics' }] })]).allow).toBe(false);
    });

    it('serves the emergency purpose only', () => {
      const d = decide(request(officer, { purpose: 'co-response' }), facts({ grants: [grant()] }), NOW);
      expect(d.allow).toBe(false);
      expect(d.reason).toContain('safety emergency only');
    });
  });
});
