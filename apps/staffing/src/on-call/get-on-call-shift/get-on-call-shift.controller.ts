import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { OnCallShiftResponse } from '../api/on-call-shift.response.js';
import { GetOnCallShiftHandler } from './get-on-call-shift.handler.js';

@ApiTags('on-call')
@Controller('on-call-shifts')
export class GetOnCallShiftController {
  constructor(private readonly handler: GetOnCallShiftHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['admin', 'bh-director', 'police-chief', 'clinician', 'officer', 'system'],
    summary: 'Read one on-call shift',
    response: OnCallShiftResponse,
    problems: { 404: 'No such shift (ON_CALL.SHIFT_NOT_FOUND)' },
  })
  async get(@UuidParam('id') id: string): Promise<OnCallShiftResponse> {
    const { shift, overlappingShiftIds } = await this.handler.execute(id);
    return OnCallShiftResponse.from(shift, overlappingShiftIds);
  }
}
