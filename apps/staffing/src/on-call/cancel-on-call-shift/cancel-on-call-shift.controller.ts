import { Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { OnCallShiftResponse } from '../api/on-call-shift.response.js';
import { CancelOnCallShiftHandler } from './cancel-on-call-shift.handler.js';

@ApiTags('on-call')
@Controller('on-call-shifts')
export class CancelOnCallShiftController {
  constructor(private readonly handler: CancelOnCallShiftHandler) {}

  @Post(':id/cancel')
  @Endpoint({
    roles: ['admin', 'bh-director'],
    summary: 'Cancel a shift (publishes staffing.on-call-shift.changed with cancelled: true)',
    status: 200,
    response: OnCallShiftResponse,
    problems: {
      404: 'No such shift (ON_CALL.SHIFT_NOT_FOUND)',
      409: 'Already cancelled (ON_CALL.SHIFT_CANCELLED)',
    },
  })
  async cancel(@UuidParam('id') id: string): Promise<OnCallShiftResponse> {
    return OnCallShiftResponse.from(await this.handler.execute(id), []);
  }
}
