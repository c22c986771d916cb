import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Authorize, CurrentPrincipal, type Principal } from '#platform';
import { STAFF_ROLES } from '../support/staff-roles.js';
import { SupportOffer } from '../support/support-offer.entity.js';
import { AssignmentResponse } from '../support/support.responses.js';

@ApiTags('support')
@Controller('support-assignments')
export class SupportAssignmentsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Authorize(...STAFF_ROLES)
  @ApiOperation({ summary: 'Sessions assigned to you as a peer supporter or EAP clinician (W1: only yours)' })
  @ApiOkResponse({ type: [AssignmentResponse] })
  async list(@CurrentPrincipal() by: Principal): Promise<AssignmentResponse[]> {
    const offers = await this.dataSource.manager.find(SupportOffer, { where: { assignedTo: by.sub }, order: { dueAt: 'ASC' } });
    return offers.map(AssignmentResponse.from);
  }
}
