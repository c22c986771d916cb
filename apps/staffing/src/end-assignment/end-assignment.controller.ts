import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { CampusAssignmentResponse } from '../assignments/campus-assignment.response.js';
import { EndAssignmentDto } from './end-assignment.dto.js';
import { EndAssignmentHandler } from './end-assignment.handler.js';

@ApiTags('assignments')
@Controller('assignments')
export class EndAssignmentController {
  constructor(private readonly handler: EndAssignmentHandler) {}

  @Post(':id/end')
  @HttpCode(200)
  @Authorize('admin', 'police-chief', 'bh-director')
  @ApiOperation({ summary: 'Set the end date of a campus assignment (publishes staffing.assignment.changed)' })
  @ApiOkResponse({ type: CampusAssignmentResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such assignment (ASSIGNMENT.NOT_FOUND)')
  @ApiProblem(409, 'Would overlap another primary assignment (ASSIGNMENT.OVERLAP), or withdrawn (ASSIGNMENT.CANCELLED)')
  @ApiProblem(422, 'End not after start (ASSIGNMENT.EMPTY_PERIOD)')
  async end(@UuidParam('id') id: string, @Body() dto: EndAssignmentDto): Promise<CampusAssignmentResponse> {
    return CampusAssignmentResponse.from(await this.handler.execute(id, dto.effectiveTo));
  }
}
