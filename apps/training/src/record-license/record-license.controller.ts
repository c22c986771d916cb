import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { LicenseResponse } from '../licenses/license.response.js';
import { RecordLicenseDto } from './record-license.dto.js';
import { RecordLicenseHandler } from './record-license.handler.js';

@ApiTags('licenses')
@Controller('clinicians')
export class RecordLicenseController {
  constructor(private readonly handler: RecordLicenseHandler) {}

  @Post(':staffId/licenses')
  @HttpCode(201)
  @Authorize('admin', 'bh-director', 'system')
  @ApiOperation({
    summary: "Record a clinician's license (LMSW, LCSW, LPC, LSSP): number and expiry; a renewal is a new record",
    description: 'The expiry job warns at 90/60/30 days (training.license.expiring) and records the expiry (training.license.expired).',
  })
  @ApiCreatedResponse({ type: LicenseResponse })
  @ApiProblem(400, 'Invalid body or expiresOn not after issuedOn (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(409, 'This license type with this expiry is already on record (LICENSE.DUPLICATE)')
  async record(@UuidParam('staffId') staffId: string, @Body() dto: RecordLicenseDto, @CurrentPrincipal() principal: Principal): Promise<LicenseResponse> {
    const license = await this.handler.record(staffId, dto, principal.sub);
    return LicenseResponse.from(license);
  }

  @Get(':staffId/licenses')
  @Authorize('admin', 'bh-director', 'system')
  @ApiOperation({ summary: "A clinician's licenses, latest expiry first" })
  @ApiOkResponse({ type: [LicenseResponse] })
  async list(@UuidParam('staffId') staffId: string): Promise<LicenseResponse[]> {
    return (await this.handler.list(staffId)).map(LicenseResponse.from);
  }
}
