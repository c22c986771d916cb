import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { LicenseResponse } from '../api/license.response.js';
import { ListLicensesHandler } from './list-licenses.handler.js';

@ApiTags('licenses')
@Controller('clinicians')
export class ListLicensesController {
  constructor(private readonly handler: ListLicensesHandler) {}

  @Get(':staffId/licenses')
  @Endpoint({ roles: ['admin', 'bh-director', 'system'], summary: "A clinician's licenses, latest expiry first", response: [LicenseResponse] })
  async list(@UuidParam('staffId') staffId: string): Promise<LicenseResponse[]> {
    return (await this.handler.execute(staffId)).map(LicenseResponse.from);
  }
}
