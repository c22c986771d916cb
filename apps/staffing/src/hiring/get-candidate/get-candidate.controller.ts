import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CandidateResponse } from '../api/hiring.responses.js';
import { GetCandidateHandler } from './get-candidate.handler.js';

@ApiTags('hiring')
@Controller('candidates')
export class GetCandidateController {
  constructor(private readonly handler: GetCandidateHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director', 'system'],
    summary: 'Read one candidate, with the decisions on their offer (who and when)',
    description: 'For police positions, psychDeclaration is fit, not-fit or pending (TCOLE L-3, from wellness); never a reason (W5).',
    response: CandidateResponse,
    problems: { 404: 'No such candidate (CANDIDATE.NOT_FOUND)' },
  })
  async get(@UuidParam('id') id: string): Promise<CandidateResponse> {
    const { candidate, decisions, psychDeclaration } = await this.handler.execute(id, new Date());
    return CandidateResponse.from(candidate, decisions, psychDeclaration);
  }
}
