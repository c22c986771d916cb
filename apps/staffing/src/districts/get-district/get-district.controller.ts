import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { DistrictIdParams } from '../api/district-id.param.js';
import { DistrictResponse } from '../api/district.response.js';
import { GetDistrictHandler } from './get-district.handler.js';

@ApiTags('districts')
@Controller('districts')
export class GetDistrictController {
  constructor(private readonly handler: GetDistrictHandler) {}

  @Get(':districtId')
  @Endpoint({
    roles: ['platform-admin'],
    summary: "One district's registry entry",
    response: DistrictResponse,
    problems: { 400: 'Invalid district id (REQUEST.VALIDATION_FAILED)', 404: 'No such district in the registry (DISTRICT.NOT_FOUND)' },
  })
  async get(@Param() params: DistrictIdParams): Promise<DistrictResponse> {
    return DistrictResponse.from(await this.handler.execute(params.districtId));
  }
}
