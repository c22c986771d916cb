import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ActingRole } from '../../consent-gate/api/acting-role.param.js';
import { ClinicalNoteResponse } from '../api/clinical-note.response.js';
import { GetClinicalNoteHandler } from './get-clinical-note.handler.js';
import { NOT_LOGGED_PROBLEM } from '../../consent-gate/api/not-logged.problem.js';

@ApiTags('clinical-notes')
@Controller('clinical-notes')
export class GetClinicalNoteController {
  constructor(private readonly handler: GetClinicalNoteHandler) {}

  // Police and administrator roles are let through to decide(), so their denial is the same 404 a missing note gets (R10).
  @Get(':id')
  @Endpoint({
    roles: ['clinician', 'bh-director', 'officer', 'police-chief', 'admin'],
    summary: 'Read a psychotherapy note: its author and clinical supervisors only',
    description: 'Anyone else (another clinician, any police role, an administrator) gets exactly what a missing note gets (R3, R10). Reads are logged (R7, exempt).',
    response: ClinicalNoteResponse,
    problems: { 404: 'No such note, or not yours to read (CLINICAL_NOTE.NOT_FOUND)', ...NOT_LOGGED_PROBLEM },
  })
  async get(
    @UuidParam('id') id: string,
    @CurrentPrincipal() by: Principal,
    @ActingRole() actingRole?: string,
  ): Promise<ClinicalNoteResponse> {
    return this.handler.execute(id, by, actingRole, new Date());
  }
}
