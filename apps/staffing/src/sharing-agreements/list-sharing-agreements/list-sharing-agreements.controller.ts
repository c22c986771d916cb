import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { SharingAgreementResponse } from '../api/sharing-agreement.response.js';
import { ListSharingAgreementsQuery } from './list-sharing-agreements.dto.js';
import { ListSharingAgreementsHandler } from './list-sharing-agreements.handler.js';

@ApiTags('sharing-agreements')
@Controller('sharing-agreements')
export class ListSharingAgreementsController {
  constructor(private readonly handler: ListSharingAgreementsHandler) {}

  @Get()
  @Endpoint({
    roles: ['platform-admin'],
    summary: 'Sharing agreements, ended ones included, oldest first; with districtId, those the district is party to (provider or receiver)',
    response: [SharingAgreementResponse],
    problems: { 400: 'Invalid district id (REQUEST.VALIDATION_FAILED)' },
  })
  async list(@Query() query: ListSharingAgreementsQuery): Promise<SharingAgreementResponse[]> {
    return (await this.handler.execute(query.districtId)).map(SharingAgreementResponse.from);
  }
}
