import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { PositionResponse } from '../api/hiring.responses.js';
import { CreatePositionDto } from './create-position.dto.js';
import { CreatePositionHandler } from './create-position.handler.js';

@ApiTags('hiring')
@Controller('positions')
export class CreatePositionController {
  constructor(private readonly handler: CreatePositionHandler) {}

  @Post()
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director'],
    summary: 'Create a position (officer, clinician/social worker, supervisor or director)',
    status: 201,
    response: PositionResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      409: 'The position code is taken (POSITION.DUPLICATE_CODE)',
    },
  })
  async create(@Body() dto: CreatePositionDto): Promise<PositionResponse> {
    return PositionResponse.from(await this.handler.execute(dto));
  }
}
