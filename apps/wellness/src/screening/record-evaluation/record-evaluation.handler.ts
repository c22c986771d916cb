import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EvaluationResponse } from '../api/screening.responses.js';
import { PsychEvaluation } from '../data/psych-evaluation.entity.js';
import type { RecordEvaluationDto } from './record-evaluation.dto.js';

/** W2: stores the evaluation sealed to its author; nothing of it is published (W3). */
@Injectable()
export class RecordEvaluationHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(dto: RecordEvaluationDto, authorSub: string, authorLicense: string): Promise<EvaluationResponse> {
    const repo = this.dataSource.getRepository(PsychEvaluation);
    const saved = await repo.save(repo.create({ ...dto, authorSub, authorLicense }));
    return EvaluationResponse.from(saved);
  }
}
