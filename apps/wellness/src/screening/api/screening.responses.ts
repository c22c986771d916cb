import { ApiProperty } from '@nestjs/swagger';
import { PSYCH_RESULTS } from '#consent';
import type { PsychDeclaration } from '../data/psych-declaration.entity.js';
import type { PsychEvaluation } from '../data/psych-evaluation.entity.js';

export class EvaluationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', description: "Staffing's candidate id" })
  candidateId: string;

  @ApiProperty({ type: [String], example: ['MMPI-3', 'CPI-434'] })
  instruments: string[];

  @ApiProperty({ example: 'Synthetic interview notes.' })
  interviewNotes: string;

  @ApiProperty({ example: 'Synthetic findings.' })
  findings: string;

  @ApiProperty({ example: 'TX-PSY-31337' })
  authorLicense: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  /** Every field is named: the author's own view, never anyone else's (W2). */
  static from({ id, candidateId, instruments, interviewNotes, findings, authorLicense, createdAt }: PsychEvaluation): EvaluationResponse {
    return Object.assign(new EvaluationResponse(), { id, candidateId, instruments, interviewNotes, findings, authorLicense, createdAt: createdAt.toISOString() });
  }
}

export class DeclarationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty({ enum: PSYCH_RESULTS, example: 'fit' })
  result: string;

  @ApiProperty({ format: 'date', example: '2026-11-30' })
  declaredOn: string;

  @ApiProperty({ example: 'TX-PSY-31337', description: "The evaluator's license, from their token" })
  evaluatorLicense: string;

  static from({ id, candidateId, result, declaredOn, evaluatorLicense }: PsychDeclaration): DeclarationResponse {
    return Object.assign(new DeclarationResponse(), { id, candidateId, result, declaredOn, evaluatorLicense });
  }
}
