import { ApiProperty } from '@nestjs/swagger';
import type { Student } from '../data/student.entity.js';

export class StudentResponse {
  @ApiProperty({ example: 'S1000001' })
  studentId: string;

  @ApiProperty({ format: 'date', example: '2010-06-01' })
  dateOfBirth: string;

  @ApiProperty({ type: [String], example: ['guardian-1001'] })
  guardianIds: string[];

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ example: 'sis' })
  updatedBy: string;

  static from(s: Student): StudentResponse {
    return Object.assign(new StudentResponse(), {
      studentId: s.studentId,
      dateOfBirth: s.dateOfBirth,
      guardianIds: s.guardianIds,
      updatedAt: s.updatedAt.toISOString(),
      updatedBy: s.updatedBy,
    });
  }
}
