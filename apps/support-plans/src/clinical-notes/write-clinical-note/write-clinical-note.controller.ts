import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal } from '#platform';
import { StudentIdParam } from '../../students/api/student-id.pipe.js';
import { ClinicalNoteResponse } from '../api/clinical-note.response.js';
import { WriteClinicalNoteDto } from './write-clinical-note.dto.js';
import { WriteClinicalNoteHandler } from './write-clinical-note.handler.js';

@ApiTags('clinical-notes')
@Controller('students/:studentId/clinical-notes')
export class WriteClinicalNoteController {
  constructor(private readonly handler: WriteClinicalNoteHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('clinician', 'bh-director')
  @ApiOperation({
    summary: 'Write a psychotherapy note (PSY-NOTE) about a student',
    description: 'Readable by you and clinical supervisors only, for treatment. Append-only, and never published on any topic.',
  })
  @ApiCreatedResponse({ type: ClinicalNoteResponse })
  @ApiProblem(400, 'Invalid body or student id (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'The student is not registered (STUDENT.NOT_FOUND)')
  @ApiProblem(422, "Not one of the student's support plans (CLINICAL_NOTE.UNKNOWN_PLAN)")
  async write(
    @StudentIdParam() studentId: string,
    @Body() dto: WriteClinicalNoteDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<ClinicalNoteResponse> {
    return this.handler.execute(studentId, dto, by, new Date());
  }
}
