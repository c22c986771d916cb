import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, CurrentPrincipal, Problem, type Principal, UuidParam } from '#platform';
import { STAFF_ROLES } from '../support/staff-roles.js';
import { offerFor } from '../support/support-records.js';
import { AssignmentResponse } from '../support/support.responses.js';
import { RecordSessionHeldDto } from './record-session-held.dto.js';

@ApiTags('support')
@Controller('support-sessions')
export class RecordSessionHeldController {
  constructor(private readonly dataSource: DataSource) {}

  @Post(':id/held')
  @HttpCode(200)
  @Authorize(...STAFF_ROLES)
  @ApiOperation({ summary: 'Record that a session assigned to you was held: when and by whom, never its content (W7)' })
  @ApiOkResponse({ type: AssignmentResponse })
  @ApiProblem(404, 'No such session, or not assigned to you (SUPPORT.NOT_FOUND)')
  @ApiProblem(409, 'Already recorded as held (SUPPORT.ALREADY_HELD)')
  @ApiProblem(422, 'heldAt is in the future or before the session was accepted (SUPPORT.HELD_AT_INVALID)')
  held(@UuidParam('id') id: string, @Body() dto: RecordSessionHeldDto, @CurrentPrincipal() by: Principal): Promise<AssignmentResponse> {
    const now = new Date();
    return this.dataSource.transaction(async (em) => {
      const offer = await offerFor(em, id, by.sub, 'supporter');
      if (offer.heldAt) throw Problem.conflict('SUPPORT.ALREADY_HELD', `Session ${id} is already recorded as held`);
      const heldAt = dto.heldAt ? new Date(dto.heldAt) : now;
      if (heldAt.getTime() > now.getTime() || (offer.answeredAt && heldAt.getTime() < offer.answeredAt.getTime())) {
        throw new Problem(422, 'SUPPORT.HELD_AT_INVALID', 'heldAt must be between the acceptance and now');
      }
      Object.assign(offer, { heldAt, heldBy: by.sub });
      return AssignmentResponse.from(await em.save(offer));
    });
  }
}
