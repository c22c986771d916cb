import { jest } from '@jest/globals';
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync } from 'class-validator';
import { runInDistrict } from '../tenancy/district-context.js';
import { IsCalendarDate, isCalendarDate, IsStrictDateTime, isStrictDateTime, NotInFuture } from './calendar.js';

describe('strict calendar validation (one validator for every service)', () => {
  it.each(['2024-02-29', '2026-12-31', '2026-01-01', '0001-01-01'])('accepts the real date %s', (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });

  it.each(['2024-02-30', '2023-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-01', '20260101', '0000-01-01', '2026-12-31T00:00:00Z', 42])(
    'refuses %p as a calendar date',
    (d) => expect(isCalendarDate(d)).toBe(false),
  );

  it.each(['2026-12-01T14:00:00Z', '2026-12-01T14:00Z', '2026-12-01T23:59:59.999999+14:00', '2024-02-29T00:00:00-06:00'])('accepts the instant %s', (t) => {
    expect(isStrictDateTime(t)).toBe(true);
  });

  it.each([
    '2024-01-01T25:61:61Z',
    '2024-01-01T24:00:00Z',
    '2024-01-01T12:60:00Z',
    '2024-01-01T12:00:60Z',
    '2024-13-01T12:00:00Z',
    '2024-02-30T12:00:00Z',
    '2024-01-01T12:00:00+99:00',
    '2024-01-01T12:00:00+15:00',
    '2024-01-01T12:00:00+05:60',
    '2024-01-01T12:00:00',
    '2024-01-01',
    '2024-01-01 12:00:00Z',
  ])('refuses the impossible or ambiguous instant %s', (t) => {
    expect(isStrictDateTime(t)).toBe(false);
  });

  class Dto {
    @IsCalendarDate()
    day: string;

    @IsOptional()
    @IsStrictDateTime()
    @NotInFuture(300)
    at?: string;
  }

  const errors = (plain: object) => validateSync(plainToInstance(Dto, plain)).flatMap((e) => Object.values(e.constraints ?? {}));

  it('reports each field with a readable message', () => {
    expect(errors({ day: '2026-02-30', at: '2026-01-01T25:00:00Z' })).toEqual([
      'day must be a real calendar date (YYYY-MM-DD)',
      expect.stringMatching(/^at must be an ISO 8601 date-time with an offset/),
    ]);
    expect(errors({ day: '2026-02-28', at: '2026-01-01T23:00:00Z' })).toEqual([]);
  });

  it('NotInFuture allows the clock skew and refuses what lies beyond it', () => {
    const soon = new Date(Date.now() + 60_000).toISOString();
    const later = new Date(Date.now() + 3_600_000).toISOString();
    expect(errors({ day: '2026-02-28', at: soon })).toEqual([]);
    expect(errors({ day: '2026-02-28', at: later })).toEqual(['at may not be in the future']);
  });

  describe("NotInFuture on a calendar date: the district's today, not the UTC day", () => {
    class Born {
      @IsCalendarDate()
      @NotInFuture(0)
      born: string;
    }
    const born = (day: string) => validateSync(plainToInstance(Born, { born: day })).flatMap((e) => Object.values(e.constraints ?? {}));
    // 2026-12-04 03:00 UTC is still 2026-12-03 (21:00) in Chicago and already 2026-12-04 in Kiritimati (UTC+14).
    beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-04T03:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] }));
    afterEach(() => jest.useRealTimers());

    it('refuses what is tomorrow in the district although the UTC day has already begun', () => {
      runInDistrict('d1', () => {
        expect(born('2026-12-03')).toEqual([]);
        expect(born('2026-12-04')).toEqual(['born may not be in the future']);
      }, 'America/Chicago');
    });

    it('accepts what is already today in a district ahead of UTC, and outside any district compares UTC days', () => {
      runInDistrict('d2', () => expect(born('2026-12-04')).toEqual([]), 'Pacific/Kiritimati');
      expect(born('2026-12-04')).toEqual([]);
      expect(born('2026-12-05')).toEqual(['born may not be in the future']);
    });
  });
});
