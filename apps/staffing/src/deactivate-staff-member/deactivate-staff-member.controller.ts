import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { StaffMemberResponse } from '../staff/staff-member.response.js';
import { DeactivateStaffMemberDto } from './deactivate-staff-member.dto.js';
import { DeactivateStaffMemberHandler } from './deactivate-staff-member.handler.js';

@ApiTags('roster')
@Controller('staff')
export class DeactivateStaffMemberController {
  constructor(private readonly handler: DeactivateStaffMemberHandler) {}

  @Post(':id/deactivate')
  @HttpCode(200)
  @Authorize('admin', 'police-chief', 'bh-director', 'system')
  @ApiOperation({
    summary: 'Take a staff member off active duty (publishes staffing.staff.deactivated)',
    description: 'From then on they cannot be assigned or put on call, and consumers stop dispatching them.',
  })
  @ApiOkResponse({ type: StaffMemberResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such staff member (STAFF.NOT_FOUND)')
  @ApiProblem(409, 'Already inactive (STAFF.ALREADY_INACTIVE)')
  async deactivate(@UuidParam('id') id: string, @Body() dto: DeactivateStaffMemberDto): Promise<StaffMemberResponse> {
    return StaffMemberResponse.from(await this.handler.execute(id, dto, new Date()));
  }
}
