import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CampusAssignmentResponse } from '../api/campus-assignment.response.js';
import { ListAssignmentsHandler } from './list-assignments.handler.js';

@ApiTags('assignments')
@Controller('staff')
export class ListAssignmentsController {
  constructor(private readonly handler: ListAssignmentsHandler) {}

  @Get(':id/assignments')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director', 'officer', 'clinician', 'system'],
    summary: "A staff member's campus assignments, oldest first (withdrawn ones included, flagged)",
    response: [CampusAssignmentResponse],
    problems: { 404: 'No such staff member (STAFF.NOT_FOUND)' },
  })
  async list(@UuidParam('id') id: string): Promise<CampusAssignmentResponse[]> {
    return (await this.handler.execute(id)).map(CampusAssignmentResponse.from);
  }
}
