import { Controller, Get } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Repository } from 'typeorm';
import { ApiProblem, Authorize, Problem } from '#platform';
import { StudentIdParam } from '../student-id.pipe.js';
import { Student } from '../student.entity.js';
import { StudentResponse } from '../student.response.js';

@ApiTags('students')
@Controller('students')
export class GetStudentController {
  constructor(@InjectRepository(Student) private readonly students: Repository<Student>) {}

  @Get(':studentId')
  @Authorize('clinician', 'bh-director', 'admin', 'system')
  @ApiOperation({ summary: 'Read a student as the SIS registered them (who may sign consents)' })
  @ApiOkResponse({ type: StudentResponse })
  @ApiProblem(404, 'Not registered (STUDENT.NOT_FOUND)')
  async get(@StudentIdParam() studentId: string): Promise<StudentResponse> {
    const student = await this.students.findOneBy({ studentId });
    if (!student) throw Problem.notFound('STUDENT.NOT_FOUND', `No student ${studentId} registered`);
    return StudentResponse.from(student);
  }
}
