import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '#platform';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';
import { Student } from '../data/student.entity.js';
import type { RegisterStudentDto } from './register-student.dto.js';

@Injectable()
export class RegisterStudentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly police: PolicePublisher,
  ) {}

  /**
   * Upsert from the SIS. A changed date of birth or guardian list can end consents (R4), so what
   * the police unit sees is projected again in the same transaction.
   */
  execute(studentId: string, dto: RegisterStudentDto, by: Principal, now: Date): Promise<Student> {
    return this.dataSource.transaction(async (em) => {
      const student = em.create(Student, { studentId, dateOfBirth: dto.dateOfBirth, guardianIds: [...new Set(dto.guardianIds)], updatedAt: now, updatedBy: by.sub });
      await em.upsert(Student, student, ['districtId', 'studentId']);
      await this.police.reprojectStudent(em, studentId, now);
      return em.findOneByOrFail(Student, { studentId });
    });
  }
}
