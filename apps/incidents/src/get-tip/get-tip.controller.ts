import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { TipReporterResponse, TipResponse } from '../tip/tip.response.js';
import { GetTipHandler } from './get-tip.handler.js';

@ApiTags('tips')
@Controller('tips')
export class GetTipController {
  constructor(private readonly handler: GetTipHandler) {}

  @Get(':id')
  @Authorize('officer', 'police-chief', 'admin', 'system')
  @ApiOperation({ summary: 'Read a tip (law-enforcement record), without its reporter' })
  @ApiOkResponse({ type: TipResponse })
  @ApiProblem(404, 'No such tip (TIP.NOT_FOUND)')
  async get(@UuidParam('id') id: string): Promise<TipResponse> {
    return TipResponse.from(await this.handler.tip(id));
  }

  @Get(':id/reporter')
  @Authorize('officer', 'police-chief')
  @ApiOperation({ summary: "The confidential employee reporter of a tip (TEC 37.115): police roles only" })
  @ApiOkResponse({ type: TipReporterResponse })
  @ApiProblem(404, 'No such tip, or an anonymous one (TIP.NOT_FOUND, TIP.NO_REPORTER)')
  reporter(@UuidParam('id') id: string): Promise<TipReporterResponse> {
    return this.handler.reporter(id);
  }
}
