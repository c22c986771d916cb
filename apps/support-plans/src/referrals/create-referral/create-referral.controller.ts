import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { referralRecord } from '../data/referral-record.js';
import { ReferralResponse } from '../api/referral.response.js';
import { CreateReferralDto } from './create-referral.dto.js';
import { CreateReferralHandler } from './create-referral.handler.js';

@ApiTags('referrals')
@Controller('referrals')
export class CreateReferralController {
  constructor(private readonly handler: CreateReferralHandler) {}

  @Post()
  @Endpoint({
    roles: ['clinician', 'bh-director', 'system'],
    summary: 'Record a referral to behavioral health (from staff, the student, a parent or an incident)',
    description:
      'Fields carry their own labels: safetyFlag EDU-SAFETY, clinicalNote PSY-NOTE, substanceUse SUD, the rest EDU-CLIN. ' +
      'The police unit sees only what a consent or grant naming it allows (support.police-projection.v1).',
    status: 201,
    problems: { 400: 'Invalid body (REQUEST.VALIDATION_FAILED)' },
  })
  @ApiCreatedResponse({ type: ReferralResponse, description: 'Every labelled field: the writer gave them' })
  async create(@Body() dto: CreateReferralDto, @CurrentPrincipal() by: Principal): Promise<ReferralResponse> {
    return ReferralResponse.from(referralRecord(await this.handler.execute(dto, by, new Date())).data);
  }
}
