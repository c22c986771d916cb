import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES } from '#contracts';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { EvaluationResponse } from '../api/screening.responses.js';
import { GetEvaluationHandler } from './get-evaluation.handler.js';

@ApiTags('screening')
@Controller('evaluations')
export class GetEvaluationController {
  constructor(private readonly handler: GetEvaluationHandler) {}

  @Get(':id')
  @Endpoint({
    // Every role may ask, so that everyone but the author gets the same 404 as for a missing record (W2, W10).
    roles: [...ROLES],
    summary: 'Read an evaluation: its author only; anyone else gets 404 exactly as for a missing one (W2, W10)',
    response: EvaluationResponse,
    problems: { 404: 'No such evaluation, or not yours (EVALUATION.NOT_FOUND)' },
  })
  get(@UuidParam('id') id: string, @CurrentPrincipal() by: Principal): Promise<EvaluationResponse> {
    return this.handler.execute(id, by.sub);
  }
}
