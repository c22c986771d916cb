import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { CandidateResponse } from '../hiring/hiring.responses.js';
import { AddCandidateDto } from './add-candidate.dto.js';
import { AddCandidateHandler } from './add-candidate.handler.js';

@ApiTags('hiring')
@Controller('requisitions')
export class AddCandidateController {
  constructor(private readonly handler: AddCandidateHandler) {}

  @Post(':id/candidates')
  @HttpCode(201)
  @Authorize('admin', 'police-chief', 'bh-director', 'system')
  @ApiOperation({ summary: 'Add a candidate to a requisition (starts in screening)' })
  @ApiCreatedResponse({ type: CandidateResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such requisition (REQUISITION.NOT_FOUND)')
  @ApiProblem(409, 'The requisition is filled or cancelled (REQUISITION.NOT_OPEN)')
  async add(@UuidParam('id') id: string, @Body() dto: AddCandidateDto): Promise<CandidateResponse> {
    return CandidateResponse.from(await this.handler.execute(id, dto), []);
  }
}
