import { Controller, Get, Headers } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal } from '#platform';
import { ACTING_ROLE_HEADER } from '../../consent-gate/api/requester.js';
import { StudentIdParam } from '../../students/api/student-id.pipe.js';
import { ClinicalNoteResponse } from '../api/clinical-note.response.js';
import { ListClinicalNotesHandler } from './list-clinical-notes.handler.js';

@ApiTags('clinical-notes')
@Controller('students/:studentId/clinical-notes')
export class ListClinicalNotesController {
  constructor(private readonly handler: ListClinicalNotesHandler) {}

  @Get()
  @Authorize('clinician', 'bh-director')
  @ApiOperation({
    summary: "A student's psychotherapy notes you may read: your own, or all of them as a clinical supervisor",
    description: 'Oldest first. Notes of other authors are left out without a trace (R3, R10).',
  })
  @ApiHeader({ name: ACTING_ROLE_HEADER, required: false, description: 'With several roles: the one to act in' })
  @ApiOkResponse({ type: [ClinicalNoteResponse] })
  @ApiProblem(400, 'Invalid student id (REQUEST.VALIDATION_FAILED)')
  async list(
    @StudentIdParam() studentId: string,
    @CurrentPrincipal() by: Principal,
    @Headers(ACTING_ROLE_HEADER) actingRole?: string,
  ): Promise<ClinicalNoteResponse[]> {
    return this.handler.execute(studentId, by, actingRole, new Date());
  }
}
