import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PsychResult } from '#consent';

/** The TCOLE L-3 declaration: the one screening fact that crosses to staffing (W3). */
@Entity({ name: 'psych_declaration' })
export class PsychDeclaration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ type: 'text' })
  result: PsychResult;

  @Column({ name: 'declared_on', type: 'date' })
  declaredOn: string;

  @Column({ name: 'evaluator_license', type: 'text' })
  evaluatorLicense: string;

  @Column({ name: 'declared_by', type: 'text' })
  declaredBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
