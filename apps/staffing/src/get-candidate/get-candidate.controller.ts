import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, Problem, ServiceConfig, UuidParam } from '#platform';
import { Candidate } from '../hiring/candidate.entity.js';
import { decisionsOf, findPosition, findRequisition } from '../hiring/hiring-records.js';
import { candidatePsychStatus } from '../psych-declarations/psych-status.js';
import { CandidateResponse } from '../hiring/hiring.responses.js';

@ApiTags('hiring')
@Controller('candidates')
export class GetCandidateController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @Authorize('admin', 'police-chief', 'bh-director', 'system')
  @ApiOperation({
    summary: 'Read one candidate, with the decisions on their offer (who and when)',
    description: 'For police positions, psychDeclaration is fit, not-fit or pending (TCOLE L-3, from wellness); never a reason (W5).',
  })
  @ApiOkResponse({ type: CandidateResponse })
  @ApiProblem(404, 'No such candidate (CANDIDATE.NOT_FOUND)')
  async get(@UuidParam('id') id: string): Promise<CandidateResponse> {
    const em = this.dataSource.manager;
    const candidate = await em.findOneBy(Candidate, { id });
    if (!candidate) throw Problem.notFound('CANDIDATE.NOT_FOUND', `No candidate ${id}`);
    const position = await findPosition(em, (await findRequisition(em, candidate.requisitionId)).positionId);
    const psych = await candidatePsychStatus(em, id, position, this.config, new Date());
    return CandidateResponse.from(candidate, await decisionsOf(em, id), psych);
  }
}
