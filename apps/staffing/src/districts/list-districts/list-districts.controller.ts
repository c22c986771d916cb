import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { DistrictResponse } from '../api/district.response.js';
import { ListDistrictsHandler } from './list-districts.handler.js';

@ApiTags('districts')
@Controller('districts')
export class ListDistrictsController {
  constructor(private readonly handler: ListDistrictsHandler) {}

  @Get()
  @Endpoint({
    roles: ['platform-admin'],
    summary: 'The district registry, by id (the deployment’s own district is configuration and not listed)',
    response: [DistrictResponse],
  })
  async list(): Promise<DistrictResponse[]> {
    return (await this.handler.execute()).map(DistrictResponse.from);
  }
}
