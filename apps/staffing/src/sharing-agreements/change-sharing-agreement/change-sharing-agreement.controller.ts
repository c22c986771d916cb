import { Body, Controller, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { SharingAgreementResponse } from '../api/sharing-agreement.response.js';
import { ChangeSharingAgreementDto } from './change-sharing-agreement.dto.js';
import { ChangeSharingAgreementHandler } from './change-sharing-agreement.handler.js';

@ApiTags('sharing-agreements')
@Controller('sharing-agreements')
export class ChangeSharingAgreementController {
  constructor(private readonly handler: ChangeSharingAgreementHandler) {}

  @Put(':agreementId')
  @Endpoint({
    roles: ['platform-admin'],
    summary: "Replace a sharing agreement's terms: campuses, shares and dates (its two districts are fixed)",
    description:
      'Publishes staffing.sharing-agreement.changed with the whole agreement in the same transaction as the row (updatedAt moves); ' +
      'the events are the audit trail of every change. Same campus rule as recording it.',
    response: SharingAgreementResponse,
    problems: {
      400: 'Invalid agreement id or body (REQUEST.VALIDATION_FAILED)',
      404: 'No such agreement (SHARING_AGREEMENT.NOT_FOUND)',
      409: 'The agreement was ended (SHARING_AGREEMENT.ENDED): record a new one',
      422:
        "A campus not the receiver's (SHARING_AGREEMENT.CAMPUS_NOT_RECEIVERS), effectiveUntil not after effectiveFrom (SHARING_AGREEMENT.PERIOD_EMPTY), " +
        'a party no longer in the registry (SHARING_AGREEMENT.UNKNOWN_DISTRICT)',
    },
  })
  async change(@UuidParam('agreementId') agreementId: string, @Body() dto: ChangeSharingAgreementDto): Promise<SharingAgreementResponse> {
    return SharingAgreementResponse.from(await this.handler.execute(agreementId, dto));
  }
}
