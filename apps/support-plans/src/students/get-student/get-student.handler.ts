import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { Student } from '../data/student.entity.js';

@Injectable()
export class GetStudentHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(studentId: string): Promise<Student> {
    const student = await this.dataSource.manager.findOneBy(Student, { studentId });
    if (!student) throw Problem.notFound('STUDENT.NOT_FOUND', `No student ${studentId} registered`);
    return student;
  }
}
