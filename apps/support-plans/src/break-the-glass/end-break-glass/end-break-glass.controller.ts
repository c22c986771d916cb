import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ActingRole, WHICH_ROLE } from '../../consent-gate/api/acting-role.param.js';
import { BreakGlassResponse } from '../api/break-glass.response.js';
import { EndBreakGlassDto } from './end-break-glass.dto.js';
import { EndBreakGlassHandler } from './end-break-glass.handler.js';

@ApiTags('break-the-glass')
@Controller('break-the-glass')
export class EndBreakGlassController {
  constructor(private readonly handler: EndBreakGlassHandler) {}

  @Post(':id/end')
  @Endpoint({
    roles: ['officer', 'police-chief', 'clinician', 'bh-director', 'admin'],
    summary: 'End a break-the-glass grant before its expiry, effective now (R6)',
    description:
      'For the person who broke the glass, a bh-director or an admin; anyone else gets 404 as for an unknown grant. ' +
      'Records who ended it, in which role, when and why. From this instant reads under the grant are denied like a ' +
      'missing record (R10), and what it opened on the police topic is withdrawn (support.police-projection.withdrawn). ' +
      'Publishes support.break-glass.ended for clinical supervisors.',
    status: 200,
    response: BreakGlassResponse,
    problems: {
      400: 'Invalid id or body (REQUEST.VALIDATION_FAILED)',
      404: 'No such grant, or not yours to end (BREAK_GLASS.NOT_FOUND)',
      409: 'Already ended (BREAK_GLASS.ALREADY_ENDED) or expired (BREAK_GLASS.EXPIRED)',
    },
  })
  async end(
    @UuidParam('id') id: string,
    @Body() dto: EndBreakGlassDto,
    @CurrentPrincipal() by: Principal,
    @ActingRole(WHICH_ROLE) actingRole?: string,
  ): Promise<BreakGlassResponse> {
    const now = new Date();
    return BreakGlassResponse.from(await this.handler.execute(id, dto, by, actingRole, now), now);
  }
}
