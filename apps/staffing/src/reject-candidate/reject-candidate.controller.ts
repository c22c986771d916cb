import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { CandidateResponse } from '../hiring/hiring.responses.js';
import { RejectCandidateDto } from './reject-candidate.dto.js';
import { RejectCandidateHandler } from './reject-candidate.handler.js';

@ApiTags('hiring')
@Controller('candidates')
export class RejectCandidateController {
  constructor(private readonly handler: RejectCandidateHandler) {}

  @Post(':id/reject')
  @HttpCode(200)
  @Authorize('admin', 'police-chief', 'bh-director')
  @ApiOperation({ summary: 'Reject a candidate in screening or interviews' })
  @ApiOkResponse({ type: CandidateResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such candidate (CANDIDATE.NOT_FOUND)')
  @ApiProblem(409, 'Already hired or rejected, or holding an offer (CANDIDATE.ILLEGAL_TRANSITION)')
  async reject(@UuidParam('id') id: string, @Body() dto: RejectCandidateDto): Promise<CandidateResponse> {
    return CandidateResponse.from(await this.handler.execute(id, dto.reason), []);
  }
}
