import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { SharingAgreementResponse } from '../api/sharing-agreement.response.js';
import { RecordSharingAgreementDto } from './record-sharing-agreement.dto.js';
import { RecordSharingAgreementHandler } from './record-sharing-agreement.handler.js';

@ApiTags('sharing-agreements')
@Controller('sharing-agreements')
export class RecordSharingAgreementController {
  constructor(private readonly handler: RecordSharingAgreementHandler) {}

  @Post()
  @Endpoint({
    roles: ['platform-admin'],
    summary: 'Record a sharing agreement: a provider district lends on-call clinicians and/or co-responders to named campuses of a receiving district, between two instants',
    description:
      'Publishes staffing.sharing-agreement.recorded (topic staffing.sharing-agreement.v1, platform tenant) in the same transaction as the row; ' +
      'the events and the row’s createdAt/updatedAt are the agreement’s audit trail. Campuses must be the receiver’s registry campuses; ' +
      "the deployment's own district has no registry campus list, so any campus id is accepted for it.",
    status: 201,
    response: SharingAgreementResponse,
    problems: {
      400: 'Invalid body: bad district id or the reserved id platform, empty or repeated campuses or shares, an unknown share, a date-time without offset (REQUEST.VALIDATION_FAILED)',
      422:
        'A district not in the registry (SHARING_AGREEMENT.UNKNOWN_DISTRICT), the same district on both sides (SHARING_AGREEMENT.SAME_DISTRICT), ' +
        "a campus not the receiver's (SHARING_AGREEMENT.CAMPUS_NOT_RECEIVERS), effectiveUntil not after effectiveFrom (SHARING_AGREEMENT.PERIOD_EMPTY)",
    },
  })
  async record(@Body() dto: RecordSharingAgreementDto): Promise<SharingAgreementResponse> {
    return SharingAgreementResponse.from(await this.handler.execute(dto));
  }
}
