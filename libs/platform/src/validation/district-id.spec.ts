import 'reflect-metadata';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync } from 'class-validator';
import { studentId, type JsonSchema } from '#contracts';
import { IsDistrictId, isDistrictId, IsStudentId } from './district-id.js';

describe('district ids (one rule for students, employee ids and license numbers)', () => {
  class Dto {
    @IsStudentId()
    studentId: string;

    @IsOptional()
    @IsStudentId({ each: true })
    studentIds?: string[];

    @ApiPropertyOptional({ example: 'E20417' })
    @IsOptional()
    @IsDistrictId()
    employeeId?: string;
  }

  const errors = (plain: object) => validateSync(plainToInstance(Dto, plain)).flatMap((e) => Object.values(e.constraints ?? {}));

  it('accepts what the event contracts accept, and refuses the rest with the messages the APIs always gave', () => {
    expect(errors({ studentId: 'S1000001', studentIds: ['S-1', 'a'.repeat(32)], employeeId: 'E20417' })).toEqual([]);
    expect(errors({ studentId: 'S 1', studentIds: ['ok', 'a'.repeat(33)], employeeId: 'E_1' })).toEqual([
      'studentId must be 1-32 letters, digits or dashes',
      'each student id must be 1-32 letters, digits or dashes',
      'employeeId must be 1-32 letters, digits or dashes',
    ]);
    for (const v of ['S1000001', '', 'x'.repeat(33), 'é']) expect(isDistrictId(v)).toBe(new RegExp((studentId as JsonSchema).pattern!).test(v));
  });

  it('documents the pattern in OpenAPI, keeping an optional field optional', () => {
    const doc = (field: string) => Reflect.getMetadata('swagger/apiModelProperties', Dto.prototype, field);
    expect(doc('studentId')).toMatchObject({ type: String, pattern: '^[A-Za-z0-9-]{1,32}$' });
    expect(doc('employeeId')).toMatchObject({ pattern: '^[A-Za-z0-9-]{1,32}$', required: false, example: 'E20417' });
  });
});
