import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { StaffMemberResponse } from '../api/staff-member.response.js';
import { AddStaffMemberDto } from './add-staff-member.dto.js';
import { AddStaffMemberHandler } from './add-staff-member.handler.js';

@ApiTags('roster')
@Controller('staff')
export class AddStaffMemberController {
  constructor(private readonly handler: AddStaffMemberHandler) {}

  @Post()
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director', 'system'],
    summary: 'Add a staff member to the roster (HR system or department leadership)',
    status: 201,
    response: StaffMemberResponse,
    problems: {
      422: 'The supervisor is not on the roster (STAFF.SUPERVISOR_NOT_FOUND)',
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      409: 'The employee is already on the roster (STAFF.DUPLICATE_EMPLOYEE)',
    },
  })
  async add(@Body() dto: AddStaffMemberDto): Promise<StaffMemberResponse> {
    return StaffMemberResponse.from(await this.handler.execute(dto));
  }
}
