import { Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CandidateResponse } from '../api/hiring.responses.js';
import { AdvanceCandidateHandler } from './advance-candidate.handler.js';

@ApiTags('hiring')
@Controller('candidates')
export class AdvanceCandidateController {
  constructor(private readonly handler: AdvanceCandidateHandler) {}

  @Post(':id/advance')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director'],
    summary: 'Screening passed: move the candidate to interviews',
    status: 200,
    response: CandidateResponse,
    problems: {
      404: 'No such candidate (CANDIDATE.NOT_FOUND)',
      409: 'Not in screening (CANDIDATE.ILLEGAL_TRANSITION)',
    },
  })
  async advance(@UuidParam('id') id: string): Promise<CandidateResponse> {
    return CandidateResponse.from(await this.handler.execute(id), []);
  }
}
