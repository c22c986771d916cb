import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize } from '#platform';
import { StaffMemberResponse } from '../staff/staff-member.response.js';
import { ListStaffQuery, StaffPage } from './list-staff.dto.js';
import { ListStaffHandler } from './list-staff.handler.js';

@ApiTags('roster')
@Controller('staff')
export class ListStaffController {
  constructor(private readonly handler: ListStaffHandler) {}

  @Get()
  @Authorize('admin', 'police-chief', 'bh-director', 'system')
  @ApiOperation({
    summary: 'The roster: staff members by name, filtered by role, unit, active and campus (assigned today)',
    description: 'Keyset pagination: pass nextCursor back as cursor with the same filters.',
  })
  @ApiOkResponse({ type: StaffPage })
  @ApiProblem(400, 'Bad filter, limit or cursor (REQUEST.VALIDATION_FAILED)')
  async list(@Query() q: ListStaffQuery): Promise<StaffPage> {
    const page = await this.handler.execute(q);
    return { items: page.items.map(StaffMemberResponse.from), nextCursor: page.nextCursor };
  }
}
