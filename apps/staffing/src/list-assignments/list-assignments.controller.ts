import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, Problem, UuidParam } from '#platform';
import { CampusAssignment } from '../assignments/campus-assignment.entity.js';
import { CampusAssignmentResponse } from '../assignments/campus-assignment.response.js';
import { StaffMember } from '../staff/staff-member.entity.js';

@ApiTags('assignments')
@Controller('staff')
export class ListAssignmentsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id/assignments')
  @Authorize('admin', 'police-chief', 'bh-director', 'officer', 'clinician', 'system')
  @ApiOperation({ summary: "A staff member's campus assignments, oldest first (withdrawn ones included, flagged)" })
  @ApiOkResponse({ type: [CampusAssignmentResponse] })
  @ApiProblem(404, 'No such staff member (STAFF.NOT_FOUND)')
  async list(@UuidParam('id') id: string): Promise<CampusAssignmentResponse[]> {
    const em = this.dataSource.manager;
    if (!(await em.existsBy(StaffMember, { id }))) throw Problem.notFound('STAFF.NOT_FOUND', `No staff member ${id}`);
    const rows = await em.find(CampusAssignment, { where: { staffId: id }, order: { effectiveFrom: 'ASC', createdAt: 'ASC' } });
    return rows.map(CampusAssignmentResponse.from);
  }
}
