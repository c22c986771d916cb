import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal } from '#platform';
import { ReferralResponse } from '../referral/referral.response.js';
import { CreateReferralDto } from './create-referral.dto.js';
import { CreateReferralHandler } from './create-referral.handler.js';

@ApiTags('referrals')
@Controller('referrals')
export class CreateReferralController {
  constructor(private readonly handler: CreateReferralHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('clinician', 'bh-director', 'system')
  @ApiOperation({ summary: 'Record a referral to behavioral health (from staff, the student, a parent or an incident)' })
  @ApiCreatedResponse({ type: ReferralResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  async create(@Body() dto: CreateReferralDto, @CurrentPrincipal() by: Principal): Promise<ReferralResponse> {
    return ReferralResponse.from(await this.handler.execute(dto, by));
  }
}
