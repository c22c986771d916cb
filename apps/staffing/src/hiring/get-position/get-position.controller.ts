import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { PositionResponse } from '../api/hiring.responses.js';
import { GetPositionHandler } from './get-position.handler.js';

@ApiTags('hiring')
@Controller('positions')
export class GetPositionController {
  constructor(private readonly handler: GetPositionHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director', 'system'],
    summary: 'Read one position',
    response: PositionResponse,
    problems: { 404: 'No such position (POSITION.NOT_FOUND)' },
  })
  async get(@UuidParam('id') id: string): Promise<PositionResponse> {
    return PositionResponse.from(await this.handler.execute(id));
  }
}
