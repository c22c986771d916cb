import { creditedCompletions, type CourseCertification, type RecordedCompletion } from './certification-credit.js';

const CIT = 'course-cit';
const completion = (completedOn: string, hours: number, courseId = CIT): RecordedCompletion => ({ courseId, category: 'cit', completedOn, hours });
const certification = (issuedOn: string, hours = 40, courseId = CIT): CourseCertification => ({ courseId, category: 'cit', completedOn: issuedOn, hours });
const total = (facts: { hours: number }[]) => facts.reduce((n, f) => n + f.hours, 0);

describe('certifications earned through a course count their hours once', () => {
  it('a certification with no completion on record counts as a completion of its course on its issue day', () => {
    expect(creditedCompletions([], [certification('2025-10-10')])).toEqual([{ category: 'cit', completedOn: '2025-10-10', hours: 40 }]);
  });

  it('a completion that earned the certification is not counted again; the larger hour figure counts (28 of 40 → 40)', () => {
    const facts = creditedCompletions([completion('2025-10-06', 28)], [certification('2025-10-10')]);
    expect(facts).toEqual([{ category: 'cit', completedOn: '2025-10-06', hours: 40 }]);
    expect(total(creditedCompletions([completion('2025-10-06', 40)], [certification('2025-10-10')]))).toBe(40);
  });

  it('each completion earns at most one certification; other courses and old completions stay separate', () => {
    const facts = creditedCompletions(
      [completion('2025-10-06', 40), completion('2023-01-10', 40), completion('2025-10-06', 8, 'course-deesc')],
      [certification('2025-10-10'), certification('2027-10-01')],
    );
    expect(total(facts)).toBe(40 + 40 + 40 + 8);
    expect(facts).toHaveLength(4);
  });

  it('a completion after the issue day did not earn it', () => {
    expect(total(creditedCompletions([completion('2025-11-01', 40)], [certification('2025-10-10')]))).toBe(80);
  });
});
