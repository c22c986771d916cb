import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { StudentIdParam } from '../api/student-id.pipe.js';
import { StudentResponse } from '../api/student.response.js';
import { GetStudentHandler } from './get-student.handler.js';

@ApiTags('students')
@Controller('students')
export class GetStudentController {
  constructor(private readonly handler: GetStudentHandler) {}

  @Get(':studentId')
  @Endpoint({
    roles: ['clinician', 'bh-director', 'admin', 'system'],
    summary: 'Read a student as the SIS registered them (who may sign consents)',
    response: StudentResponse,
    problems: { 404: 'Not registered (STUDENT.NOT_FOUND)' },
  })
  async get(@StudentIdParam() studentId: string): Promise<StudentResponse> {
    return StudentResponse.from(await this.handler.execute(studentId));
  }
}
