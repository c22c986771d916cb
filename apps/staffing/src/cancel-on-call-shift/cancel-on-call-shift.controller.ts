import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { OnCallShiftResponse } from '../on-call/on-call-shift.response.js';
import { CancelOnCallShiftHandler } from './cancel-on-call-shift.handler.js';

@ApiTags('on-call')
@Controller('on-call-shifts')
export class CancelOnCallShiftController {
  constructor(private readonly handler: CancelOnCallShiftHandler) {}

  @Post(':id/cancel')
  @HttpCode(200)
  @Authorize('admin', 'bh-director')
  @ApiOperation({ summary: 'Cancel a shift (publishes staffing.on-call-shift.changed with cancelled: true)' })
  @ApiOkResponse({ type: OnCallShiftResponse })
  @ApiProblem(404, 'No such shift (ON_CALL.SHIFT_NOT_FOUND)')
  @ApiProblem(409, 'Already cancelled (ON_CALL.SHIFT_CANCELLED)')
  async cancel(@UuidParam('id') id: string): Promise<OnCallShiftResponse> {
    return OnCallShiftResponse.from(await this.handler.execute(id), []);
  }
}
