import { Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { RequisitionResponse } from '../api/hiring.responses.js';
import { OpenRequisitionHandler } from './open-requisition.handler.js';

@ApiTags('hiring')
@Controller('positions')
export class OpenRequisitionController {
  constructor(private readonly handler: OpenRequisitionHandler) {}

  @Post(':id/requisitions')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director'],
    summary: 'Open a requisition to fill a position',
    status: 201,
    response: RequisitionResponse,
    problems: { 404: 'No such position (POSITION.NOT_FOUND)' },
  })
  async open(@UuidParam('id') id: string, @CurrentPrincipal() by: Principal): Promise<RequisitionResponse> {
    return RequisitionResponse.from(await this.handler.execute(id, by, new Date()));
  }
}
