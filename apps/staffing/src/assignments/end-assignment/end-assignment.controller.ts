import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CampusAssignmentResponse } from '../api/campus-assignment.response.js';
import { EndAssignmentDto } from './end-assignment.dto.js';
import { EndAssignmentHandler } from './end-assignment.handler.js';

@ApiTags('assignments')
@Controller('assignments')
export class EndAssignmentController {
  constructor(private readonly handler: EndAssignmentHandler) {}

  @Post(':id/end')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director'],
    summary: 'Set the end date of a campus assignment (publishes staffing.assignment.changed)',
    status: 200,
    response: CampusAssignmentResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such assignment (ASSIGNMENT.NOT_FOUND)',
      409: 'Would overlap another primary assignment (ASSIGNMENT.OVERLAP), or withdrawn (ASSIGNMENT.CANCELLED)',
      422: 'End not after start (ASSIGNMENT.EMPTY_PERIOD)',
    },
  })
  async end(@UuidParam('id') id: string, @Body() dto: EndAssignmentDto): Promise<CampusAssignmentResponse> {
    return CampusAssignmentResponse.from(await this.handler.execute(id, dto.effectiveTo));
  }
}
