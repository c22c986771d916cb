import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { StaffMemberResponse } from '../staff/staff-member.response.js';
import { GetStaffMemberHandler } from './get-staff-member.handler.js';

@ApiTags('roster')
@Controller('staff')
export class GetStaffMemberController {
  constructor(private readonly handler: GetStaffMemberHandler) {}

  @Get(':id')
  @Authorize('admin', 'police-chief', 'bh-director', 'officer', 'clinician', 'system')
  @ApiOperation({ summary: 'Read one roster entry' })
  @ApiOkResponse({ type: StaffMemberResponse })
  @ApiProblem(404, 'No such staff member (STAFF.NOT_FOUND)')
  async get(@UuidParam('id') id: string): Promise<StaffMemberResponse> {
    return StaffMemberResponse.from(await this.handler.execute(id));
  }
}
