import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { RequisitionResponse } from '../hiring/hiring.responses.js';
import { OpenRequisitionHandler } from './open-requisition.handler.js';

@ApiTags('hiring')
@Controller('positions')
export class OpenRequisitionController {
  constructor(private readonly handler: OpenRequisitionHandler) {}

  @Post(':id/requisitions')
  @HttpCode(201)
  @Authorize('admin', 'police-chief', 'bh-director')
  @ApiOperation({ summary: 'Open a requisition to fill a position' })
  @ApiCreatedResponse({ type: RequisitionResponse })
  @ApiProblem(404, 'No such position (POSITION.NOT_FOUND)')
  async open(@UuidParam('id') id: string, @CurrentPrincipal() by: Principal): Promise<RequisitionResponse> {
    return RequisitionResponse.from(await this.handler.execute(id, by, new Date()));
  }
}
