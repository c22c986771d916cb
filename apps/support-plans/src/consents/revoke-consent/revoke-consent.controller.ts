import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ConsentResponse } from '../api/consent.response.js';
import { RevokeConsentDto } from './revoke-consent.dto.js';
import { RevokeConsentHandler } from './revoke-consent.handler.js';

@ApiTags('consents')
@Controller('consents')
export class RevokeConsentController {
  constructor(private readonly handler: RevokeConsentHandler) {}

  @Post(':id/revoke')
  @Endpoint({
    roles: ['clinician', 'bh-director', 'admin', 'system'],
    summary: 'Revoke a consent, effective now (R4, R9)',
    description: 'Reads after this instant are denied; police-side projections built under it are dropped (support.consent.revoked).',
    status: 200,
    response: ConsentResponse,
    problems: { 404: 'No such consent (CONSENT.NOT_FOUND)', 409: 'Already revoked (CONSENT.ALREADY_REVOKED)' },
  })
  async revoke(@UuidParam('id') id: string, @Body() dto: RevokeConsentDto, @CurrentPrincipal() by: Principal): Promise<ConsentResponse> {
    const now = new Date();
    return ConsentResponse.from(await this.handler.execute(id, dto, by, now), now);
  }
}
