import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { RequisitionResponse } from '../api/hiring.responses.js';
import { GetRequisitionHandler } from './get-requisition.handler.js';

@ApiTags('hiring')
@Controller('requisitions')
export class GetRequisitionController {
  constructor(private readonly handler: GetRequisitionHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director', 'system'],
    summary: 'Read one requisition',
    response: RequisitionResponse,
    problems: { 404: 'No such requisition (REQUISITION.NOT_FOUND)' },
  })
  async get(@UuidParam('id') id: string): Promise<RequisitionResponse> {
    return RequisitionResponse.from(await this.handler.execute(id));
  }
}
