import { Body, Controller, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { StudentIdParam } from '../api/student-id.pipe.js';
import { StudentResponse } from '../api/student.response.js';
import { RegisterStudentDto } from './register-student.dto.js';
import { RegisterStudentHandler } from './register-student.handler.js';

@ApiTags('students')
@Controller('students')
export class RegisterStudentController {
  constructor(private readonly handler: RegisterStudentHandler) {}

  @Put(':studentId')
  @Endpoint({
    roles: ['system', 'admin'],
    summary: 'Register or update a student from the SIS (date of birth, guardians of record)',
    description: 'What the consent rules need to check signers: the parent until 18, then the student (R4).',
    response: StudentResponse,
    problems: { 400: 'Invalid body or student id (REQUEST.VALIDATION_FAILED)' },
  })
  async put(@StudentIdParam() studentId: string, @Body() dto: RegisterStudentDto, @CurrentPrincipal() by: Principal): Promise<StudentResponse> {
    return StudentResponse.from(await this.handler.execute(studentId, dto, by, new Date()));
  }
}
