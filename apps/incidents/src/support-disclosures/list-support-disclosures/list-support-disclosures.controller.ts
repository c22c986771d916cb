import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { ListSupportDisclosuresQuery } from './list-support-disclosures.dto.js';
import { ListSupportDisclosuresHandler } from './list-support-disclosures.handler.js';
import { SupportDisclosureResponse } from './support-disclosure.response.js';

@ApiTags('support-disclosures')
@Controller('support-disclosures')
export class ListSupportDisclosuresController {
  constructor(private readonly handler: ListSupportDisclosuresHandler) {}

  @Get()
  @Endpoint({
    roles: ['officer', 'police-chief'],
    summary: 'Clinical data disclosed to the police unit about a student, for one purpose (consent-projected, R3)',
    description:
      'Only what a consent or break-the-glass grant naming the police unit let through, already redacted by the clinical ' +
      'service; dropped when its consent is revoked (R9) and hidden once its basis ends. Every item is redisclosure=prohibited (R8). ' +
      'An empty list means nothing was disclosed: it does not say whether clinical records exist (R10).',
    response: [SupportDisclosureResponse],
  })
  list(@Query() q: ListSupportDisclosuresQuery): Promise<SupportDisclosureResponse[]> {
    return this.handler.execute(q.studentId, q.purpose, new Date());
  }
}
