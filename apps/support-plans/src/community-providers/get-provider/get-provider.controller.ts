import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CommunityProviderResponse } from '../api/community-provider.response.js';
import { GetProviderHandler } from './get-provider.handler.js';

@ApiTags('community-providers')
@Controller('community-providers')
export class GetProviderController {
  constructor(private readonly handler: GetProviderHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['clinician', 'bh-director', 'admin'],
    summary: 'Read one community provider',
    response: CommunityProviderResponse,
    problems: { 404: 'No such provider (PROVIDER.NOT_FOUND)' },
  })
  async get(@UuidParam('id') id: string): Promise<CommunityProviderResponse> {
    return CommunityProviderResponse.from(await this.handler.execute(id));
  }
}
