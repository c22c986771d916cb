import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mayReadEvaluation } from '#consent';
import { Problem } from '#platform';
import { EvaluationResponse } from '../api/screening.responses.js';
import { PsychEvaluation } from '../data/psych-evaluation.entity.js';

/** W2, W10: its author reads the evaluation; anyone else gets the same 404 as for a missing one. */
@Injectable()
export class GetEvaluationHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(id: string, callerSub: string): Promise<EvaluationResponse> {
    const evaluation = await this.dataSource.getRepository(PsychEvaluation).findOneBy({ id });
    const decision = mayReadEvaluation(callerSub, evaluation && { authorSub: evaluation.authorSub });
    if (!decision.allow || !evaluation) throw Problem.notFound('EVALUATION.NOT_FOUND', `No evaluation ${id}`);
    return EvaluationResponse.from(evaluation);
  }
}
