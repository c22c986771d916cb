import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize } from '#platform';
import { PositionResponse } from '../hiring/hiring.responses.js';
import { CreatePositionDto } from './create-position.dto.js';
import { CreatePositionHandler } from './create-position.handler.js';

@ApiTags('hiring')
@Controller('positions')
export class CreatePositionController {
  constructor(private readonly handler: CreatePositionHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('admin', 'police-chief', 'bh-director')
  @ApiOperation({ summary: 'Create a position (officer, clinician/social worker, supervisor or director)' })
  @ApiCreatedResponse({ type: PositionResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(409, 'The position code is taken (POSITION.DUPLICATE_CODE)')
  async create(@Body() dto: CreatePositionDto): Promise<PositionResponse> {
    return PositionResponse.from(await this.handler.execute(dto));
  }
}
