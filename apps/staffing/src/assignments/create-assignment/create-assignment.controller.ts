import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { CampusAssignmentResponse } from '../api/campus-assignment.response.js';
import { CreateAssignmentDto } from './create-assignment.dto.js';
import { CreateAssignmentHandler } from './create-assignment.handler.js';

@ApiTags('assignments')
@Controller('staff')
export class CreateAssignmentController {
  constructor(private readonly handler: CreateAssignmentHandler) {}

  @Post(':id/assignments')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director'],
    summary: 'Assign a staff member to a campus from a date (publishes staffing.assignment.changed)',
    status: 201,
    response: CampusAssignmentResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such staff member (STAFF.NOT_FOUND)',
      409: 'Overlaps another primary assignment (ASSIGNMENT.OVERLAP), or the staff member is inactive (STAFF.INACTIVE)',
      422: 'effectiveTo not after effectiveFrom (ASSIGNMENT.EMPTY_PERIOD)',
    },
  })
  async create(@UuidParam('id') id: string, @Body() dto: CreateAssignmentDto, @CurrentPrincipal() by: Principal): Promise<CampusAssignmentResponse> {
    return CampusAssignmentResponse.from(await this.handler.execute(id, dto, by));
  }
}
