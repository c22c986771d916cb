import { Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CampusAssignmentResponse } from '../api/campus-assignment.response.js';
import { CancelAssignmentHandler } from './cancel-assignment.handler.js';

@ApiTags('assignments')
@Controller('assignments')
export class CancelAssignmentController {
  constructor(private readonly handler: CancelAssignmentHandler) {}

  @Post(':id/cancel')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director'],
    summary: 'Withdraw an assignment recorded in error (publishes staffing.assignment.changed, cancelled)',
    status: 200,
    response: CampusAssignmentResponse,
    problems: {
      404: 'No such assignment (ASSIGNMENT.NOT_FOUND)',
      409: 'Already withdrawn (ASSIGNMENT.CANCELLED)',
    },
  })
  async cancel(@UuidParam('id') id: string): Promise<CampusAssignmentResponse> {
    return CampusAssignmentResponse.from(await this.handler.execute(id));
  }
}
