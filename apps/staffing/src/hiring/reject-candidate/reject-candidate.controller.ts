import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CandidateResponse } from '../api/hiring.responses.js';
import { RejectCandidateDto } from './reject-candidate.dto.js';
import { RejectCandidateHandler } from './reject-candidate.handler.js';

@ApiTags('hiring')
@Controller('candidates')
export class RejectCandidateController {
  constructor(private readonly handler: RejectCandidateHandler) {}

  @Post(':id/reject')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director'],
    summary: 'Reject a candidate in screening or interviews',
    status: 200,
    response: CandidateResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such candidate (CANDIDATE.NOT_FOUND)',
      409: 'Already hired or rejected, or holding an offer (CANDIDATE.ILLEGAL_TRANSITION)',
    },
  })
  async reject(@UuidParam('id') id: string, @Body() dto: RejectCandidateDto): Promise<CandidateResponse> {
    return CandidateResponse.from(await this.handler.execute(id, dto.reason), []);
  }
}
