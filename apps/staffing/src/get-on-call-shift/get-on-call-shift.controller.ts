import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, Problem, UuidParam } from '#platform';
import { OnCallShiftRecord } from '../on-call/on-call-shift.entity.js';
import { OnCallShiftResponse } from '../on-call/on-call-shift.response.js';
import { overlappingShiftIds } from '../on-call/on-call-records.js';

@ApiTags('on-call')
@Controller('on-call-shifts')
export class GetOnCallShiftController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  @Authorize('admin', 'bh-director', 'police-chief', 'clinician', 'officer', 'system')
  @ApiOperation({ summary: 'Read one on-call shift' })
  @ApiOkResponse({ type: OnCallShiftResponse })
  @ApiProblem(404, 'No such shift (ON_CALL.SHIFT_NOT_FOUND)')
  async get(@UuidParam('id') id: string): Promise<OnCallShiftResponse> {
    const em = this.dataSource.manager;
    const shift = await em.findOneBy(OnCallShiftRecord, { id });
    if (!shift) throw Problem.notFound('ON_CALL.SHIFT_NOT_FOUND', `No on-call shift ${id}`);
    return OnCallShiftResponse.from(shift, shift.cancelled ? [] : await overlappingShiftIds(em, shift));
  }
}
