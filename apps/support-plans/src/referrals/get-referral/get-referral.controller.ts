import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ActingRole, WHICH_ROLE } from '../../consent-gate/api/acting-role.param.js';
import { ReferralResponse } from '../api/referral.response.js';
import { GetReferralQuery } from './get-referral.dto.js';
import { GetReferralHandler } from './get-referral.handler.js';
import { NOT_LOGGED_PROBLEM } from '../../consent-gate/api/not-logged.problem.js';

@ApiTags('referrals')
@Controller('referrals')
export class GetReferralController {
  constructor(private readonly handler: GetReferralHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['clinician', 'bh-director', 'officer', 'police-chief', 'admin'],
    summary: 'Read one referral, as far as the consent rules let you (R2, R3)',
    description:
      'Clinicians see it as school officials, its PSY-NOTE only as author or supervisor. Police and administrators see the ' +
      'fields a consent, a break-the-glass grant or threat-team membership opens, marked redisclosure=prohibited (R8). ' +
      'Anything else is answered exactly like a referral that does not exist (R10). Disclosures are logged (R7).',
    response: ReferralResponse,
    problems: { 404: 'No such referral, or none you may see (REFERRAL.NOT_FOUND)', ...NOT_LOGGED_PROBLEM },
  })
  async get(
    @UuidParam('id') id: string,
    @Query() q: GetReferralQuery,
    @CurrentPrincipal() by: Principal,
    @ActingRole(WHICH_ROLE) actingRole?: string,
  ): Promise<ReferralResponse> {
    const result = await this.handler.execute(id, q, by, actingRole, new Date());
    return ReferralResponse.from(result.data, { ...(result.redisclosure ? { redisclosure: result.redisclosure } : {}), ...(result.notices ? { notices: result.notices } : {}) });
  }
}
