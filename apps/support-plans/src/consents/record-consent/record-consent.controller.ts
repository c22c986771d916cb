import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal } from '#platform';
import { ConsentResponse } from '../api/consent.response.js';
import { RecordConsentDto } from './record-consent.dto.js';
import { RecordConsentHandler } from './record-consent.handler.js';

@ApiTags('consents')
@Controller('consents')
export class RecordConsentController {
  constructor(private readonly handler: RecordConsentHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('clinician', 'bh-director', 'admin', 'system')
  @ApiOperation({
    summary: 'Record a signed consent to disclose (R4; R5 when it covers SUD)',
    description:
      'The signer is a guardian of record until the student is 18, then the student; a minor signs alone for SUD records ' +
      'of treatment they consented to (TFC 32.004). SUD needs every 42 CFR 2.31 element. Consents naming the police ' +
      'unit start the police projection (support.police-projection.v1). Publishes support.consent.granted.',
  })
  @ApiCreatedResponse({ type: ConsentResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(422, 'Not a valid consent: problems[], missingPart2Elements[] (CONSENT.INVALID)')
  async record(@Body() dto: RecordConsentDto, @CurrentPrincipal() by: Principal): Promise<ConsentResponse> {
    const now = new Date();
    return ConsentResponse.from(await this.handler.execute(dto, by, now), now);
  }
}
