import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { CommunityProviderResponse } from '../api/community-provider.response.js';
import { CommunityProviderPage, ListCommunityProvidersQuery } from './list-providers.dto.js';
import { ListProvidersHandler } from './list-providers.handler.js';

@ApiTags('community-providers')
@Controller('community-providers')
export class ListProvidersController {
  constructor(private readonly handler: ListProvidersHandler) {}

  @Get()
  @Endpoint({
    roles: ['clinician', 'bh-director', 'admin'],
    summary: 'Active community providers by agency name, filtered by service and Part 2 status',
    description: 'Keyset pagination: pass nextCursor back as cursor with the same filters.',
    response: CommunityProviderPage,
    problems: { 400: 'Bad filter, limit or cursor (REQUEST.VALIDATION_FAILED)' },
  })
  async list(@Query() q: ListCommunityProvidersQuery): Promise<CommunityProviderPage> {
    const page = await this.handler.execute(q);
    return { items: page.items.map(CommunityProviderResponse.from), nextCursor: page.nextCursor };
  }
}
