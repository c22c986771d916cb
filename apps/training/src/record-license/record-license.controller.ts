import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Repository } from 'typeorm';
import { ApiProblem, Authorize, CurrentPrincipal, insertUnique, Problem, type Principal, UuidParam } from '#platform';
import { ClinicianLicense } from '../licenses/clinician-license.entity.js';
import { LicenseResponse } from '../licenses/license.response.js';
import { RecordLicenseDto } from './record-license.dto.js';

@ApiTags('licenses')
@Controller('clinicians')
export class RecordLicenseController {
  constructor(@InjectRepository(ClinicianLicense) private readonly licenses: Repository<ClinicianLicense>) {}

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
    if (dto.expiresOn <= dto.issuedOn) {
      const message = 'expiresOn must be after issuedOn';
      throw new Problem(400, 'REQUEST.VALIDATION_FAILED', message, { errors: [{ field: 'expiresOn', message }] });
    }
    const license = await insertUnique(
      this.licenses,
      { staffId, licenseType: dto.licenseType, licenseNumber: dto.licenseNumber, issuedOn: dto.issuedOn, expiresOn: dto.expiresOn, recordedBy: principal.sub },
      () => Problem.conflict('LICENSE.DUPLICATE', `A ${dto.licenseType} license expiring ${dto.expiresOn} is already on record for ${staffId}`),
    );
    return LicenseResponse.from(license);
  }

  @Get(':staffId/licenses')
  @Authorize('admin', 'bh-director', 'system')
  @ApiOperation({ summary: "A clinician's licenses, latest expiry first" })
  @ApiOkResponse({ type: [LicenseResponse] })
  async list(@UuidParam('staffId') staffId: string): Promise<LicenseResponse[]> {
    const rows = await this.licenses.find({ where: { staffId }, order: { expiresOn: 'DESC', id: 'ASC' } });
    return rows.map(LicenseResponse.from);
  }
}
