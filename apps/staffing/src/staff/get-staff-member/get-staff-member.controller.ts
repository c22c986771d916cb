import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { StaffMemberResponse } from '../api/staff-member.response.js';
import { GetStaffMemberHandler } from './get-staff-member.handler.js';

@ApiTags('roster')
@Controller('staff')
export class GetStaffMemberController {
  constructor(private readonly handler: GetStaffMemberHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director', 'officer', 'clinician', 'system'],
    summary: 'Read one roster entry',
    response: StaffMemberResponse,
    problems: { 404: 'No such staff member (STAFF.NOT_FOUND)' },
  })
  async get(@UuidParam('id') id: string): Promise<StaffMemberResponse> {
    return StaffMemberResponse.from(await this.handler.execute(id));
  }
}
