import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { StaffMemberResponse } from '../api/staff-member.response.js';
import { ListStaffQuery, StaffPage } from './list-staff.dto.js';
import { ListStaffHandler } from './list-staff.handler.js';

@ApiTags('roster')
@Controller('staff')
export class ListStaffController {
  constructor(private readonly handler: ListStaffHandler) {}

  @Get()
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director', 'system'],
    summary: 'The roster: staff members by name, filtered by role, unit, active and campus (assigned today)',
    description: 'Keyset pagination: pass nextCursor back as cursor with the same filters.',
    response: StaffPage,
    problems: { 400: 'Bad filter, limit or cursor (REQUEST.VALIDATION_FAILED)' },
  })
  async list(@Query() q: ListStaffQuery): Promise<StaffPage> {
    const page = await this.handler.execute(q);
    return { items: page.items.map(StaffMemberResponse.from), nextCursor: page.nextCursor };
  }
}
