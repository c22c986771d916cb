import { addMonths } from './add-months.js';

describe('addMonths', () => {
  it.each([
    ['2026-11-23', 48, '2030-11-23'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-31', 24, '2028-03-31'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});
