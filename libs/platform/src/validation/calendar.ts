import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { localDate } from '#consent';
import { districtTimeZone } from '../tenancy/district-context.js';

/**
 * One strict reading of dates and instants for every service. A format check alone let
 * `2024-01-01T25:61:61Z`, month 13 or an offset of +99:00 through to the database (a 500), and
 * `2024-02-30` became 1 March: here every field is range-checked against the real calendar.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An explicit offset is required: a bare local time is ambiguous across districts. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** The patterns as the OpenAPI documents show them. */
export const CALENDAR_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const DATE_TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?(Z|[+-]\\d{2}:\\d{2})$';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDay(y: string, m: string, d: string): boolean {
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM-DD` naming a day that exists (no 2024-02-30, no month 13). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  return m !== null && validDay(m[1], m[2], m[3]);
}

/** RFC 3339 date-time with an offset, every field in range (hours 0-23, offset at most ±14:00). */
export function isStrictDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_TIME.exec(value);
  if (!m || !validDay(m[1], m[2], m[3])) return false;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  const [offsetHours, offsetMinutes] = [Number(m[7] ?? 0), Number(m[8] ?? 0)];
  return hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 14 && offsetMinutes <= 59;
}

function strict(name: string, test: (v: unknown) => boolean, message: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property ${message}`, ...options },
      validator: { validate: (value: unknown) => test(value) },
    });
}

/** A calendar date field (body or query); also documents format and pattern in OpenAPI. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    strict('isCalendarDate', isCalendarDate, 'must be a real calendar date (YYYY-MM-DD)', options),
    ApiProperty({ type: String, format: 'date', pattern: CALENDAR_DATE_PATTERN }),
  );
}

/** An instant field (body or query) with an explicit offset; also documents format and pattern in OpenAPI. */
export function IsStrictDateTime(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    strict('isStrictDateTime', isStrictDateTime, 'must be an ISO 8601 date-time with an offset and valid fields, e.g. 2026-12-01T14:00:00Z', options),
    ApiProperty({ type: String, format: 'date-time', pattern: DATE_TIME_PATTERN }),
  );
}

/**
 * The date or instant may not lie after now plus `skewSeconds` (clock skew between devices).
 * A calendar date is compared with today in the district acted in (its time zone): at 19:00 in
 * Chicago it is already tomorrow in UTC, and tomorrow's date is still in the future. Outside any
 * district (a DTO validated directly) the UTC day stands in. Pair with IsCalendarDate or IsStrictDateTime.
 */
export function NotInFuture(skewSeconds = 300, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notInFuture',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property may not be in the future`, ...options },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return true; // the format validator reports it
          const latest = new Date(Date.now() + skewSeconds * 1000);
          if (isCalendarDate(value)) return value <= localDate(latest, districtTimeZone('UTC'));
          const ms = Date.parse(value);
          return Number.isNaN(ms) || ms <= latest.getTime();
        },
      },
    });
}
