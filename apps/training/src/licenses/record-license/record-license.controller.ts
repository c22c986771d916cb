import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { LicenseResponse } from '../api/license.response.js';
import { RecordLicenseDto } from './record-license.dto.js';
import { RecordLicenseHandler } from './record-license.handler.js';

@ApiTags('licenses')
@Controller('clinicians')
export class RecordLicenseController {
  constructor(private readonly handler: RecordLicenseHandler) {}

  @Post(':staffId/licenses')
  @Endpoint({
    roles: ['admin', 'bh-director', 'system'],
    summary: "Record a clinician's license (LMSW, LCSW, LPC, LSSP): number and expiry; a renewal is a new record",
    description: 'The expiry job warns at 90/60/30 days (training.license.expiring) and records the expiry (training.license.expired).',
    status: 201,
    response: LicenseResponse,
    problems: {
      400: 'Invalid body or expiresOn not after issuedOn (REQUEST.VALIDATION_FAILED)',
      409: 'This license type with this expiry is already on record (LICENSE.DUPLICATE)',
    },
  })
  async record(@UuidParam('staffId') staffId: string, @Body() dto: RecordLicenseDto, @CurrentPrincipal() principal: Principal): Promise<LicenseResponse> {
    return LicenseResponse.from(await this.handler.execute(staffId, dto, principal.sub));
  }
}
