import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { STAFF_ROLES, UNITS } from '../domain/roster-values.js';

/** A role or unit in a request: required in bodies (roster, positions), optional as a list filter. */
export const StaffRoleField = () => applyDecorators(ApiProperty({ enum: STAFF_ROLES, example: 'clinician' }), IsIn(STAFF_ROLES));
export const UnitField = () => applyDecorators(ApiProperty({ enum: UNITS, example: 'behavioral-health' }), IsIn(UNITS));
export const StaffRoleFilter = () => applyDecorators(ApiPropertyOptional({ enum: STAFF_ROLES }), IsOptional(), IsIn(STAFF_ROLES));
export const UnitFilter = () => applyDecorators(ApiPropertyOptional({ enum: UNITS }), IsOptional(), IsIn(UNITS));
