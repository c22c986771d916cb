import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { ConsentResponse } from '../api/consent.response.js';
import { RecordConsentDto } from './record-consent.dto.js';
import { RecordConsentHandler } from './record-consent.handler.js';

@ApiTags('consents')
@Controller('consents')
export class RecordConsentController {
  constructor(private readonly handler: RecordConsentHandler) {}

  @Post()
  @Endpoint({
    roles: ['clinician', 'bh-director', 'admin', 'system'],
    summary: 'Record a signed consent to disclose (R4; R5 when it covers SUD)',
    description:
      'The signer is a guardian of record until the student is 18, then the student; a minor signs alone for SUD records ' +
      'of treatment they consented to (TFC 32.004). SUD needs every 42 CFR 2.31 element. Consents naming the police ' +
      'unit start the police projection (support.police-projection.v1). Publishes support.consent.granted.',
    status: 201,
    response: ConsentResponse,
    problems: { 400: 'Invalid body (REQUEST.VALIDATION_FAILED)', 422: 'Not a valid consent: problems[], missingPart2Elements[] (CONSENT.INVALID)' },
  })
  async record(@Body() dto: RecordConsentDto, @CurrentPrincipal() by: Principal): Promise<ConsentResponse> {
    const now = new Date();
    return ConsentResponse.from(await this.handler.execute(dto, by, now), now);
  }
}
