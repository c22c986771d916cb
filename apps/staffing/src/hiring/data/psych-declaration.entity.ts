import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PsychResult } from '#consent';

/** Local copy of wellness's L-3 declarations (W3): candidate, result, date, evaluator license. */
@Entity({ name: 'psych_declaration' })
export class PsychDeclarationRecord {
  @PrimaryColumn({ name: 'declaration_id', type: 'uuid' })
  declarationId: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ type: 'text' })
  result: PsychResult;

  @Column({ name: 'declared_on', type: 'date' })
  declaredOn: string;

  @Column({ name: 'evaluator_license', type: 'text' })
  evaluatorLicense: string;
}
