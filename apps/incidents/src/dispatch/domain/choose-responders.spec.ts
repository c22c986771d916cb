import { chooseResponders, type ClinicianCandidate, type OfficerCandidate } from './choose-responders.js';

const officer = (staffId: string, over: Partial<OfficerCandidate> = {}): OfficerCandidate => ({
  staffId, match: 'campus', primary: false, busy: false, citCurrent: true, ...over,
});
const clinician = (staffId: string): ClinicianCandidate => ({ staffId, shiftId: `shift-${staffId}`, busy: false });

describe('chooseResponders', () => {
  it('pairs the best-placed CIT officer with the first on-call clinician', () => {
    const choice = chooseResponders([officer('o1', { citCurrent: false }), officer('o2'), officer('o3')], [clinician('c1'), clinician('c2')], true);
    expect(choice).toEqual({ ok: true, officer: officer('o2'), clinician: clinician('c1') });
  });

  it('names every missing half of the pair', () => {
    expect(chooseResponders([officer('o1', { citCurrent: false })], [], true)).toEqual({ ok: false, reasons: ['no-cit-officer', 'no-clinician-on-call'] });
    expect(chooseResponders([], [clinician('c1')], true)).toEqual({ ok: false, reasons: ['no-cit-officer'] });
    expect(chooseResponders([officer('o1')], [], true)).toEqual({ ok: false, reasons: ['no-clinician-on-call'] });
  });

  it('sends an officer alone, CIT or not, when co-response is not indicated', () => {
    expect(chooseResponders([officer('o1', { citCurrent: false })], [], false)).toEqual({ ok: true, officer: officer('o1', { citCurrent: false }), clinician: null });
    expect(chooseResponders([], [clinician('c1')], false)).toEqual({ ok: false, reasons: ['no-officer'] });
  });
});
