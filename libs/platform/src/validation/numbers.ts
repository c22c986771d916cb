import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * True for a finite number with at most `places` decimals. class-validator's own
 * `maxDecimalPlaces` reads `toString()` and throws on exponent notation (`1e-7`), a 500.
 */
export function hasDecimalPlaces(value: unknown, places: number): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const scaled = value * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled));
}

/** A JSON number with at most `places` decimals; documented as `multipleOf` in OpenAPI. */
export function IsDecimal(places: number, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isDecimal',
        target: target.constructor,
        propertyName: propertyName as string,
        options: { message: `$property must be a number with at most ${places} decimal place(s)`, ...options },
        validator: { validate: (value: unknown) => hasDecimalPlaces(value, places) },
      }),
    ApiProperty({ type: Number, multipleOf: 10 ** -places }),
  );
}
