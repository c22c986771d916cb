import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { findRequisition } from '../hiring/hiring-records.js';
import { RequisitionResponse } from '../hiring/hiring.responses.js';

@ApiTags('hiring')
@Controller('requisitions')
export class GetRequisitionController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  @Authorize('admin', 'police-chief', 'bh-director', 'system')
  @ApiOperation({ summary: 'Read one requisition' })
  @ApiOkResponse({ type: RequisitionResponse })
  @ApiProblem(404, 'No such requisition (REQUISITION.NOT_FOUND)')
  async get(@UuidParam('id') id: string): Promise<RequisitionResponse> {
    return RequisitionResponse.from(await findRequisition(this.dataSource.manager, id));
  }
}
