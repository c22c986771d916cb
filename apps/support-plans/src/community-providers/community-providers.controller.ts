import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { AddCommunityProviderDto, CommunityProviderPage, CommunityProviderResponse, ListCommunityProvidersQuery } from './community-provider.dto.js';
import { CommunityProvidersHandler } from './community-providers.handler.js';

@ApiTags('community-providers')
@Controller('community-providers')
export class CommunityProvidersController {
  constructor(private readonly handler: CommunityProvidersHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('bh-director', 'admin')
  @ApiOperation({ summary: 'Register a community provider: agency, services, contact, and whether it is a 42 CFR Part 2 program' })
  @ApiCreatedResponse({ type: CommunityProviderResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  async add(@Body() dto: AddCommunityProviderDto, @CurrentPrincipal() principal: Principal): Promise<CommunityProviderResponse> {
    return CommunityProviderResponse.from(await this.handler.add(dto, principal.sub));
  }

  @Get()
  @Authorize('clinician', 'bh-director', 'admin')
  @ApiOperation({ summary: 'Active community providers by agency name, filtered by service and Part 2 status', description: 'Keyset pagination: pass nextCursor back as cursor with the same filters.' })
  @ApiOkResponse({ type: CommunityProviderPage })
  @ApiProblem(400, 'Bad filter, limit or cursor (REQUEST.VALIDATION_FAILED)')
  async list(@Query() q: ListCommunityProvidersQuery): Promise<CommunityProviderPage> {
    const page = await this.handler.list(q);
    return { items: page.items.map(CommunityProviderResponse.from), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Authorize('clinician', 'bh-director', 'admin')
  @ApiOperation({ summary: 'Read one community provider' })
  @ApiOkResponse({ type: CommunityProviderResponse })
  @ApiProblem(404, 'No such provider (PROVIDER.NOT_FOUND)')
  async get(@UuidParam('id') id: string): Promise<CommunityProviderResponse> {
    return CommunityProviderResponse.from(await this.handler.get(id));
  }
}
