import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { TipReporterResponse, TipResponse } from '../api/tip.response.js';
import { GetTipHandler } from './get-tip.handler.js';

@ApiTags('tips')
@Controller('tips')
export class GetTipController {
  constructor(private readonly handler: GetTipHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['officer', 'police-chief', 'admin', 'system'],
    summary: 'Read a tip (law-enforcement record), without its reporter',
    response: TipResponse,
    problems: { 404: 'No such tip (TIP.NOT_FOUND)' },
  })
  async get(@UuidParam('id') id: string): Promise<TipResponse> {
    return TipResponse.from(await this.handler.tip(id));
  }

  @Get(':id/reporter')
  @Endpoint({
    roles: ['officer', 'police-chief'],
    summary: 'The confidential employee reporter of a tip (TEC 37.115): police roles only',
    response: TipReporterResponse,
    problems: { 404: 'No such tip, or an anonymous one (TIP.NOT_FOUND, TIP.NO_REPORTER)' },
  })
  reporter(@UuidParam('id') id: string): Promise<TipReporterResponse> {
    return this.handler.reporter(id);
  }
}
