import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize } from '#platform';
import { StaffMemberResponse } from '../staff/staff-member.response.js';
import { AddStaffMemberDto } from './add-staff-member.dto.js';
import { AddStaffMemberHandler } from './add-staff-member.handler.js';

@ApiTags('roster')
@Controller('staff')
export class AddStaffMemberController {
  constructor(private readonly handler: AddStaffMemberHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('admin', 'police-chief', 'bh-director', 'system')
  @ApiOperation({ summary: 'Add a staff member to the roster (HR system or department leadership)' })
  @ApiCreatedResponse({ type: StaffMemberResponse })
  @ApiProblem(422, 'The supervisor is not on the roster (STAFF.SUPERVISOR_NOT_FOUND)')
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(409, 'The employee is already on the roster (STAFF.DUPLICATE_EMPLOYEE)')
  async add(@Body() dto: AddStaffMemberDto): Promise<StaffMemberResponse> {
    return StaffMemberResponse.from(await this.handler.execute(dto));
  }
}
