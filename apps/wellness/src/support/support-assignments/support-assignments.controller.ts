import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { STAFF_ROLES } from '../api/staff-roles.js';
import { AssignmentResponse } from '../api/support.responses.js';
import { SupportAssignmentsHandler } from './support-assignments.handler.js';

@ApiTags('support')
@Controller('support-assignments')
export class SupportAssignmentsController {
  constructor(private readonly handler: SupportAssignmentsHandler) {}

  @Get()
  @Endpoint({
    roles: STAFF_ROLES,
    summary: 'Sessions assigned to you as a peer supporter or EAP clinician (W1: only yours)',
    response: [AssignmentResponse],
  })
  list(@CurrentPrincipal() by: Principal): Promise<AssignmentResponse[]> {
    return this.handler.list(by.sub);
  }
}
