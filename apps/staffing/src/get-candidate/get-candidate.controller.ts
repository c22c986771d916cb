import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, Problem, UuidParam } from '#platform';
import { Candidate } from '../hiring/candidate.entity.js';
import { decisionsOf } from '../hiring/hiring-records.js';
import { CandidateResponse } from '../hiring/hiring.responses.js';

@ApiTags('hiring')
@Controller('candidates')
export class GetCandidateController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  @Authorize('admin', 'police-chief', 'bh-director', 'system')
  @ApiOperation({ summary: 'Read one candidate, with the decisions on their offer (who and when)' })
  @ApiOkResponse({ type: CandidateResponse })
  @ApiProblem(404, 'No such candidate (CANDIDATE.NOT_FOUND)')
  async get(@UuidParam('id') id: string): Promise<CandidateResponse> {
    const em = this.dataSource.manager;
    const candidate = await em.findOneBy(Candidate, { id });
    if (!candidate) throw Problem.notFound('CANDIDATE.NOT_FOUND', `No candidate ${id}`);
    return CandidateResponse.from(candidate, await decisionsOf(em, id));
  }
}
