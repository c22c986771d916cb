import { Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { SharingAgreementResponse } from '../api/sharing-agreement.response.js';
import { EndSharingAgreementHandler } from './end-sharing-agreement.handler.js';

@ApiTags('sharing-agreements')
@Controller('sharing-agreements')
export class EndSharingAgreementController {
  constructor(private readonly handler: EndSharingAgreementHandler) {}

  @Post(':agreementId/end')
  @Endpoint({
    roles: ['platform-admin'],
    summary: 'End a sharing agreement early, now (endedAt): no dispatch or access under it from this instant on',
    description: 'Publishes staffing.sharing-agreement.changed with endedAt set, in the same transaction as the row; the event is the audit of the ending.',
    status: 200,
    response: SharingAgreementResponse,
    problems: {
      400: 'Invalid agreement id (REQUEST.VALIDATION_FAILED)',
      404: 'No such agreement (SHARING_AGREEMENT.NOT_FOUND)',
      409: 'Already ended (SHARING_AGREEMENT.ENDED)',
    },
  })
  async end(@UuidParam('agreementId') agreementId: string): Promise<SharingAgreementResponse> {
    return SharingAgreementResponse.from(await this.handler.execute(agreementId));
  }
}
