import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { StaffMemberResponse } from '../api/staff-member.response.js';
import { DeactivateStaffMemberDto } from './deactivate-staff-member.dto.js';
import { DeactivateStaffMemberHandler } from './deactivate-staff-member.handler.js';

@ApiTags('roster')
@Controller('staff')
export class DeactivateStaffMemberController {
  constructor(private readonly handler: DeactivateStaffMemberHandler) {}

  @Post(':id/deactivate')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director', 'system'],
    summary: 'Take a staff member off active duty (publishes staffing.staff.deactivated)',
    description: 'From then on they cannot be assigned or put on call, and consumers stop dispatching them.',
    status: 200,
    response: StaffMemberResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such staff member (STAFF.NOT_FOUND)',
      409: 'Already inactive (STAFF.ALREADY_INACTIVE)',
    },
  })
  async deactivate(@UuidParam('id') id: string, @Body() dto: DeactivateStaffMemberDto): Promise<StaffMemberResponse> {
    return StaffMemberResponse.from(await this.handler.execute(id, dto, new Date()));
  }
}
