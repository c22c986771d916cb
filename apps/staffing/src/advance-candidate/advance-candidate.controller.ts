import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { CandidateResponse } from '../hiring/hiring.responses.js';
import { AdvanceCandidateHandler } from './advance-candidate.handler.js';

@ApiTags('hiring')
@Controller('candidates')
export class AdvanceCandidateController {
  constructor(private readonly handler: AdvanceCandidateHandler) {}

  @Post(':id/advance')
  @HttpCode(200)
  @Authorize('admin', 'police-chief', 'bh-director')
  @ApiOperation({ summary: 'Screening passed: move the candidate to interviews' })
  @ApiOkResponse({ type: CandidateResponse })
  @ApiProblem(404, 'No such candidate (CANDIDATE.NOT_FOUND)')
  @ApiProblem(409, 'Not in screening (CANDIDATE.ILLEGAL_TRANSITION)')
  async advance(@UuidParam('id') id: string): Promise<CandidateResponse> {
    return CandidateResponse.from(await this.handler.execute(id), []);
  }
}
