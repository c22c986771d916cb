import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { StudentIdParam } from '../../students/api/student-id.pipe.js';
import { ClinicalNoteResponse } from '../api/clinical-note.response.js';
import { WriteClinicalNoteDto } from './write-clinical-note.dto.js';
import { WriteClinicalNoteHandler } from './write-clinical-note.handler.js';

@ApiTags('clinical-notes')
@Controller('students/:studentId/clinical-notes')
export class WriteClinicalNoteController {
  constructor(private readonly handler: WriteClinicalNoteHandler) {}

  @Post()
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Write a psychotherapy note (PSY-NOTE) about a student',
    description: 'Readable by you and clinical supervisors only, for treatment. Append-only, and never published on any topic.',
    status: 201,
    response: ClinicalNoteResponse,
    problems: {
      400: 'Invalid body or student id (REQUEST.VALIDATION_FAILED)',
      404: 'The student is not registered (STUDENT.NOT_FOUND)',
      422: "Not one of the student's support plans (CLINICAL_NOTE.UNKNOWN_PLAN)",
    },
  })
  async write(
    @StudentIdParam() studentId: string,
    @Body() dto: WriteClinicalNoteDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<ClinicalNoteResponse> {
    return this.handler.execute(studentId, dto, by, new Date());
  }
}
