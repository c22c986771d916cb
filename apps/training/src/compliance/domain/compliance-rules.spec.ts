import { evaluateCompliance, tcoleTrainingCycle, tcoleTrainingUnit, type CompletionFact, type PersonFacts } from './compliance-rules.js';

const officer: PersonFacts = { role: 'officer', unit: 'police', proficiency: null };
const done = (category: CompletionFact['category'], completedOn: string, hours: number): CompletionFact => ({ category, completedOn, hours });
const unmet = (results: ReturnType<typeof evaluateCompliance>) => results.filter((r) => !r.met).map((r) => r.code);

describe('TCOLE periods', () => {
  it.each([
    ['2025-09-01', { from: '2025-09-01', to: '2027-09-01' }],
    ['2027-08-31', { from: '2025-09-01', to: '2027-09-01' }],
    ['2027-09-01', { from: '2027-09-01', to: '2029-09-01' }],
    ['2026-01-15', { from: '2025-09-01', to: '2027-09-01' }],
  ])('the training unit of %s', (day, unit) => expect(tcoleTrainingUnit(day)).toEqual(unit));

  it.each([
    ['2025-09-01', { from: '2025-09-01', to: '2029-09-01' }],
    ['2029-08-31', { from: '2025-09-01', to: '2029-09-01' }],
    ['2029-09-01', { from: '2029-09-01', to: '2033-09-01' }],
    ['2025-08-31', { from: '2021-09-01', to: '2025-09-01' }],
  ])('the training cycle of %s', (day, cycle) => expect(tcoleTrainingCycle(day)).toEqual(cycle));
});

describe('compliance rules (libs/consent/RULES.md training facts)', () => {
  const complete = [
    done('cit', '2025-10-01', 24),
    done('tcole-legislative-update', '2026-02-01', 4),
    done('de-escalation', '2026-03-01', 8),
    done('joint-session', '2026-04-01', 4),
  ];

  it('is met with 40 hours including the legislative update, CI and de-escalation', () => {
    expect(unmet(evaluateCompliance(officer, complete, '2026-12-01'))).toEqual([]);
  });

  it('counts 39.5 hours as short, and says why', () => {
    const results = evaluateCompliance(officer, [...complete.slice(0, 3), done('joint-session', '2026-04-01', 3.5)], '2026-12-01');
    const hours = results.find((r) => r.code === 'TCOLE_UNIT_HOURS')!;
    expect(hours).toMatchObject({ met: false, completed: 39.5, required: 40, reason: '39.5 of 40 TCOLE hours in the unit 2025-09-01 to 2027-08-31' });
  });

  it('needs the legislative update even with 40 hours', () => {
    const results = evaluateCompliance(officer, [done('cit', '2025-10-01', 40), done('de-escalation', '2026-03-01', 8)], '2026-12-01');
    expect(unmet(results)).toEqual(['TCOLE_LEGISLATIVE_UPDATE']);
  });

  it('does not count hours from the previous unit, nor after the as-of day', () => {
    expect(unmet(evaluateCompliance(officer, complete, '2027-09-01'))).toEqual(['TCOLE_UNIT_HOURS', 'TCOLE_LEGISLATIVE_UPDATE']);
    expect(unmet(evaluateCompliance(officer, complete, '2026-02-28'))).toEqual(['TCOLE_UNIT_HOURS', 'DE_ESCALATION']);
  });

  it('keeps CI and de-escalation for the whole 4-year cycle, and asks them only below intermediate proficiency', () => {
    const nextUnit = [done('tcole-legislative-update', '2027-10-01', 4), done('alerrt', '2027-11-01', 36)];
    expect(unmet(evaluateCompliance(officer, [...complete, ...nextUnit], '2028-06-01'))).toEqual([]);
    const onlyHours = [done('alerrt', '2025-10-01', 36), done('tcole-legislative-update', '2026-02-01', 4)];
    expect(unmet(evaluateCompliance(officer, onlyHours, '2026-12-01'))).toEqual(['CRISIS_INTERVENTION', 'DE_ESCALATION']);
    expect(unmet(evaluateCompliance({ ...officer, proficiency: 'basic' }, onlyHours, '2026-12-01'))).toEqual(['CRISIS_INTERVENTION', 'DE_ESCALATION']);
    expect(evaluateCompliance({ ...officer, proficiency: 'intermediate' }, onlyHours, '2026-12-01').map((r) => r.code)).toEqual([
      'TCOLE_UNIT_HOURS',
      'TCOLE_LEGISLATIVE_UPDATE',
    ]);
  });

  it('does not count clinician CEUs towards TCOLE hours, and sets no TCOLE rules for clinicians', () => {
    const results = evaluateCompliance(officer, [...complete.slice(0, 3), done('clinician-ceu', '2026-04-01', 4)], '2026-12-01');
    expect(results.find((r) => r.code === 'TCOLE_UNIT_HOURS')!.completed).toBe(36);
    expect(evaluateCompliance({ role: 'clinician', unit: 'behavioral-health', proficiency: null }, [], '2026-12-01')).toEqual([]);
    expect(evaluateCompliance({ role: 'supervisor', unit: 'police', proficiency: 'master' }, [], '2026-12-01')).toHaveLength(2);
  });
});
