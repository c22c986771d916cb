import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { SharingAgreementResponse } from '../api/sharing-agreement.response.js';
import { GetSharingAgreementHandler } from './get-sharing-agreement.handler.js';

@ApiTags('sharing-agreements')
@Controller('sharing-agreements')
export class GetSharingAgreementController {
  constructor(private readonly handler: GetSharingAgreementHandler) {}

  @Get(':agreementId')
  @Endpoint({
    roles: ['platform-admin'],
    summary: 'One sharing agreement, with when it was recorded and last changed',
    response: SharingAgreementResponse,
    problems: { 400: 'Invalid agreement id (REQUEST.VALIDATION_FAILED)', 404: 'No such agreement (SHARING_AGREEMENT.NOT_FOUND)' },
  })
  async get(@UuidParam('agreementId') agreementId: string): Promise<SharingAgreementResponse> {
    return SharingAgreementResponse.from(await this.handler.execute(agreementId));
  }
}
