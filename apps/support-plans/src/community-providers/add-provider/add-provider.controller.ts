import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { CommunityProviderResponse } from '../api/community-provider.response.js';
import { AddCommunityProviderDto } from './add-provider.dto.js';
import { AddProviderHandler } from './add-provider.handler.js';

@ApiTags('community-providers')
@Controller('community-providers')
export class AddProviderController {
  constructor(private readonly handler: AddProviderHandler) {}

  @Post()
  @Endpoint({
    roles: ['bh-director', 'admin'],
    summary: 'Register a community provider: agency, services, contact, and whether it is a 42 CFR Part 2 program',
    status: 201,
    response: CommunityProviderResponse,
    problems: { 400: 'Invalid body (REQUEST.VALIDATION_FAILED)' },
  })
  async add(@Body() dto: AddCommunityProviderDto, @CurrentPrincipal() principal: Principal): Promise<CommunityProviderResponse> {
    return CommunityProviderResponse.from(await this.handler.execute(dto, principal.sub));
  }
}
