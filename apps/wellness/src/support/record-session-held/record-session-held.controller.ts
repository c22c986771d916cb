import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { STAFF_ROLES } from '../api/staff-roles.js';
import { AssignmentResponse } from '../api/support.responses.js';
import { RecordSessionHeldDto } from './record-session-held.dto.js';
import { RecordSessionHeldHandler } from './record-session-held.handler.js';

@ApiTags('support')
@Controller('support-sessions')
export class RecordSessionHeldController {
  constructor(private readonly handler: RecordSessionHeldHandler) {}

  @Post(':id/held')
  @Endpoint({
    roles: STAFF_ROLES,
    summary: 'Record that a session assigned to you was held: when and by whom, never its content (W7)',
    status: 200,
    response: AssignmentResponse,
    problems: {
      404: 'No such session, or not assigned to you (SUPPORT.NOT_FOUND)',
      409: 'Already recorded as held (SUPPORT.ALREADY_HELD)',
      422: 'heldAt is in the future or before the session was accepted (SUPPORT.HELD_AT_INVALID)',
    },
  })
  held(@UuidParam('id') id: string, @Body() dto: RecordSessionHeldDto, @CurrentPrincipal() by: Principal): Promise<AssignmentResponse> {
    return this.handler.execute(id, dto, by.sub, new Date());
  }
}
