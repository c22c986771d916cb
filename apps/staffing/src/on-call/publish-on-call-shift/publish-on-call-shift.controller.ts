import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { OnCallShiftResponse } from '../api/on-call-shift.response.js';
import { PublishOnCallShiftDto } from './publish-on-call-shift.dto.js';
import { PublishOnCallShiftHandler } from './publish-on-call-shift.handler.js';

@ApiTags('on-call')
@Controller('on-call-shifts')
export class PublishOnCallShiftController {
  constructor(private readonly handler: PublishOnCallShiftHandler) {}

  @Post()
  @Endpoint({
    roles: ['admin', 'bh-director'],
    summary: 'Publish a clinician on-call shift for a campus group or campuses (publishes staffing.on-call-shift.published)',
    description: 'A shift may cover campuses of several units or partner districts (shared clinicians). Overlaps with other clinicians are reported in overlappingShiftIds.',
    status: 201,
    response: OnCallShiftResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED), or neither/both of campusGroup and campusIds (ON_CALL.CAMPUSES_REQUIRED)',
      404: 'No such staff member (STAFF.NOT_FOUND)',
      409: 'The clinician is already on call then (ON_CALL.DOUBLE_BOOKED), or inactive (STAFF.INACTIVE)',
      422: 'Not a licensed clinician, unknown group, empty or over-long shift (ON_CALL.*)',
    },
  })
  async publish(@Body() dto: PublishOnCallShiftDto, @CurrentPrincipal() by: Principal): Promise<OnCallShiftResponse> {
    const { shift, overlappingShiftIds } = await this.handler.execute(dto, by);
    return OnCallShiftResponse.from(shift, overlappingShiftIds);
  }
}
