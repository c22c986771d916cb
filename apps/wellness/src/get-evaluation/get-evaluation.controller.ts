import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { mayReadEvaluation } from '#consent';
import { ApiProblem, Authorize, CurrentPrincipal, Problem, type Principal, UuidParam } from '#platform';
import { ROLES } from '#contracts';
import { PsychEvaluation } from '../screening/psych-evaluation.entity.js';
import { EvaluationResponse } from '../screening/screening.responses.js';

@ApiTags('screening')
@Controller('evaluations')
export class GetEvaluationController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  // Every role may ask, so that everyone but the author gets the same 404 as for a missing record (W2, W10).
  @Authorize(...ROLES)
  @ApiOperation({ summary: 'Read an evaluation: its author only; anyone else gets 404 exactly as for a missing one (W2, W10)' })
  @ApiOkResponse({ type: EvaluationResponse })
  @ApiProblem(404, 'No such evaluation, or not yours (EVALUATION.NOT_FOUND)')
  async get(@UuidParam('id') id: string, @CurrentPrincipal() by: Principal): Promise<EvaluationResponse> {
    const evaluation = await this.dataSource.getRepository(PsychEvaluation).findOneBy({ id });
    const decision = mayReadEvaluation(by.sub, evaluation && { authorSub: evaluation.authorSub });
    if (!decision.allow || !evaluation) throw Problem.notFound('EVALUATION.NOT_FOUND', `No evaluation ${id}`);
    return EvaluationResponse.from(evaluation);
  }
}
