import { Body, Controller, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { OnCallShiftResponse } from '../api/on-call-shift.response.js';
import { ChangeOnCallShiftDto } from './change-on-call-shift.dto.js';
import { ChangeOnCallShiftHandler } from './change-on-call-shift.handler.js';

@ApiTags('on-call')
@Controller('on-call-shifts')
export class ChangeOnCallShiftController {
  constructor(private readonly handler: ChangeOnCallShiftHandler) {}

  @Patch(':id')
  @Endpoint({
    roles: ['admin', 'bh-director'],
    summary: 'Change a shift\'s times, campuses or clinician (publishes staffing.on-call-shift.changed with the whole shift)',
    response: OnCallShiftResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such shift (ON_CALL.SHIFT_NOT_FOUND)',
      409: 'Cancelled (ON_CALL.SHIFT_CANCELLED) or double-booked (ON_CALL.DOUBLE_BOOKED)',
      422: 'Not a licensed clinician, unknown group, empty or over-long shift (ON_CALL.*)',
    },
  })
  async change(@UuidParam('id') id: string, @Body() dto: ChangeOnCallShiftDto): Promise<OnCallShiftResponse> {
    const { shift, overlappingShiftIds } = await this.handler.execute(id, dto);
    return OnCallShiftResponse.from(shift, overlappingShiftIds);
  }
}
