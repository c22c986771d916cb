import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AnonymousReporting, Endpoint } from '#platform';
import { TipResponse } from '../api/tip.response.js';
import { ReceiveTipDto } from './receive-tip.dto.js';
import { ReceiveTipHandler } from './receive-tip.handler.js';

@ApiTags('tips')
@Controller('tips')
export class ReceiveTipController {
  constructor(private readonly handler: ReceiveTipHandler) {}

  @Post()
  @AnonymousReporting()
  @Endpoint({
    roles: ['system', 'officer', 'police-chief', 'clinician', 'bh-director', 'admin'],
    summary: 'Receive a tip from a campus reporting channel (TEC 37.115)',
    description:
      "Students' anonymous tips arrive through the district's reporting app or tip line (role system), phoned-in tips through " +
      'officers. Without `reporter` the tip is anonymous: the caller is not recorded, and the receive time is kept to the ' +
      'minute. With `reporter` (an employee), the identity is stored apart and readable by police roles only. Publishes ' +
      'incidents.tip.received with neither the text nor the reporter.',
    status: 201,
    response: TipResponse,
    problems: { 400: 'Invalid body (REQUEST.VALIDATION_FAILED)' },
  })
  async receive(@Body() dto: ReceiveTipDto): Promise<TipResponse> {
    return TipResponse.from(await this.handler.execute(dto, new Date()));
  }
}
