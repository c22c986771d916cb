import { Controller, Get, Headers } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { ACTING_ROLE_HEADER } from '../../consent-gate/api/requester.js';
import { ClinicalNoteResponse } from '../api/clinical-note.response.js';
import { GetClinicalNoteHandler } from './get-clinical-note.handler.js';

@ApiTags('clinical-notes')
@Controller('clinical-notes')
export class GetClinicalNoteController {
  constructor(private readonly handler: GetClinicalNoteHandler) {}

  // Police and administrator roles are let through to decide(), so their denial is the same 404 a missing note gets (R10).
  @Get(':id')
  @Authorize('clinician', 'bh-director', 'officer', 'police-chief', 'admin')
  @ApiOperation({
    summary: 'Read a psychotherapy note: its author and clinical supervisors only',
    description: 'Anyone else (another clinician, any police role, an administrator) gets exactly what a missing note gets (R3, R10). Reads are logged (R7, exempt).',
  })
  @ApiHeader({ name: ACTING_ROLE_HEADER, required: false, description: 'With several roles: the one to act in' })
  @ApiOkResponse({ type: ClinicalNoteResponse })
  @ApiProblem(404, 'No such note, or not yours to read (CLINICAL_NOTE.NOT_FOUND)')
  async get(
    @UuidParam('id') id: string,
    @CurrentPrincipal() by: Principal,
    @Headers(ACTING_ROLE_HEADER) actingRole?: string,
  ): Promise<ClinicalNoteResponse> {
    return this.handler.execute(id, by, actingRole, new Date());
  }
}
