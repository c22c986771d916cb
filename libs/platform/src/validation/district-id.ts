import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Matches, type ValidationOptions } from 'class-validator';
import { DISTRICT_ID_PATTERN } from '#contracts';

/**
 * One rule for district-issued ids (students, HR employee ids, license numbers), the same pattern the
 * event contracts publish for studentId: an API accepts exactly what an event may carry.
 */
export const DISTRICT_ID = new RegExp(DISTRICT_ID_PATTERN);
export const DISTRICT_ID_RULE = 'must be 1-32 letters, digits or dashes';

export function isDistrictId(value: unknown): value is string {
  return typeof value === 'string' && DISTRICT_ID.test(value);
}

/** A district id field (body or query); also documents the pattern in OpenAPI (not for `each`: see the array's own schema). */
export function IsDistrictId(options?: ValidationOptions): PropertyDecorator {
  const check = Matches(DISTRICT_ID, { message: `$property ${DISTRICT_ID_RULE}`, ...options });
  return options?.each ? check : applyDecorators(check, ApiProperty({ type: String, pattern: DISTRICT_ID_PATTERN }));
}

/** A district student id, or with `each: true` a list of them (400 REQUEST.VALIDATION_FAILED otherwise). */
export function IsStudentId(options?: ValidationOptions): PropertyDecorator {
  return IsDistrictId(options?.each ? { message: `each student id ${DISTRICT_ID_RULE}`, ...options } : options);
}
