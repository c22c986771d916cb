import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { CampusAssignmentResponse } from '../assignments/campus-assignment.response.js';
import { CreateAssignmentDto } from './create-assignment.dto.js';
import { CreateAssignmentHandler } from './create-assignment.handler.js';

@ApiTags('assignments')
@Controller('staff')
export class CreateAssignmentController {
  constructor(private readonly handler: CreateAssignmentHandler) {}

  @Post(':id/assignments')
  @HttpCode(201)
  @Authorize('admin', 'police-chief', 'bh-director')
  @ApiOperation({ summary: 'Assign a staff member to a campus from a date (publishes staffing.assignment.changed)' })
  @ApiCreatedResponse({ type: CampusAssignmentResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such staff member (STAFF.NOT_FOUND)')
  @ApiProblem(409, 'Overlaps another primary assignment (ASSIGNMENT.OVERLAP), or the staff member is inactive (STAFF.INACTIVE)')
  @ApiProblem(422, 'effectiveTo not after effectiveFrom (ASSIGNMENT.EMPTY_PERIOD)')
  async create(@UuidParam('id') id: string, @Body() dto: CreateAssignmentDto, @CurrentPrincipal() by: Principal): Promise<CampusAssignmentResponse> {
    return CampusAssignmentResponse.from(await this.handler.execute(id, dto, by));
  }
}
