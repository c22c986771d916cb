import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { hasDecimalPlaces, IsDecimal } from './numbers.js';

describe('IsDecimal', () => {
  it.each([8, 0.5, 12.3, 1000, 0.1 + 0.2])('accepts %p with one decimal', (n) => expect(hasDecimalPlaces(n, 1)).toBe(true));
  it.each([1e-7, 0.05, 12.34, Number.NaN, Number.POSITIVE_INFINITY, '8', null])('refuses %p', (n) => expect(hasDecimalPlaces(n, 1)).toBe(false));

  it('validates exponent notation without throwing (class-validator maxDecimalPlaces threw a TypeError on 1e-7)', () => {
    class Dto {
      @IsDecimal(1)
      hours: number;
    }
    const errors = validateSync(plainToInstance(Dto, { hours: 1e-7 }));
    expect(errors.flatMap((e) => Object.values(e.constraints ?? {}))).toEqual(['hours must be a number with at most 1 decimal place(s)']);
  });
});
