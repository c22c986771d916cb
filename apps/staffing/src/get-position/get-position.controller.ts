import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { findPosition } from '../hiring/hiring-records.js';
import { PositionResponse } from '../hiring/hiring.responses.js';

@ApiTags('hiring')
@Controller('positions')
export class GetPositionController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  @Authorize('admin', 'police-chief', 'bh-director', 'system')
  @ApiOperation({ summary: 'Read one position' })
  @ApiOkResponse({ type: PositionResponse })
  @ApiProblem(404, 'No such position (POSITION.NOT_FOUND)')
  async get(@UuidParam('id') id: string): Promise<PositionResponse> {
    return PositionResponse.from(await findPosition(this.dataSource.manager, id));
  }
}
