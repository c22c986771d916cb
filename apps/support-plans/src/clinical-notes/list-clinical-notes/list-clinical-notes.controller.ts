import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { ActingRole } from '../../consent-gate/api/acting-role.param.js';
import { StudentIdParam } from '../../students/api/student-id.pipe.js';
import { ClinicalNoteResponse } from '../api/clinical-note.response.js';
import { ListClinicalNotesHandler } from './list-clinical-notes.handler.js';
import { NOT_LOGGED_PROBLEM } from '../../consent-gate/api/not-logged.problem.js';

@ApiTags('clinical-notes')
@Controller('students/:studentId/clinical-notes')
export class ListClinicalNotesController {
  constructor(private readonly handler: ListClinicalNotesHandler) {}

  @Get()
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: "A student's psychotherapy notes you may read: your own, or all of them as a clinical supervisor",
    description: 'Oldest first. Notes of other authors are left out without a trace (R3, R10).',
    response: [ClinicalNoteResponse],
    problems: { 400: 'Invalid student id (REQUEST.VALIDATION_FAILED)', ...NOT_LOGGED_PROBLEM },
  })
  async list(
    @StudentIdParam() studentId: string,
    @CurrentPrincipal() by: Principal,
    @ActingRole() actingRole?: string,
  ): Promise<ClinicalNoteResponse[]> {
    return this.handler.execute(studentId, by, actingRole, new Date());
  }
}
