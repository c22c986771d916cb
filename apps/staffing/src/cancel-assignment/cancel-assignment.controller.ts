import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { CampusAssignmentResponse } from '../assignments/campus-assignment.response.js';
import { CancelAssignmentHandler } from './cancel-assignment.handler.js';

@ApiTags('assignments')
@Controller('assignments')
export class CancelAssignmentController {
  constructor(private readonly handler: CancelAssignmentHandler) {}

  @Post(':id/cancel')
  @HttpCode(200)
  @Authorize('admin', 'police-chief', 'bh-director')
  @ApiOperation({ summary: 'Withdraw an assignment recorded in error (publishes staffing.assignment.changed, cancelled)' })
  @ApiOkResponse({ type: CampusAssignmentResponse })
  @ApiProblem(404, 'No such assignment (ASSIGNMENT.NOT_FOUND)')
  @ApiProblem(409, 'Already withdrawn (ASSIGNMENT.CANCELLED)')
  async cancel(@UuidParam('id') id: string): Promise<CampusAssignmentResponse> {
    return CampusAssignmentResponse.from(await this.handler.execute(id));
  }
}
