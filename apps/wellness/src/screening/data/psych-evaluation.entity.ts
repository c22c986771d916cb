import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** W2: sealed to its author. Nothing here is ever published or shown to anyone else. */
@Entity({ name: 'psych_evaluation' })
export class PsychEvaluation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  /** Token subject of the psychologist who wrote it: the only reader. */
  @Column({ name: 'author_sub', type: 'text' })
  authorSub: string;

  @Column({ name: 'author_license', type: 'text' })
  authorLicense: string;

  @Column({ type: 'text', array: true })
  instruments: string[];

  @Column({ name: 'interview_notes', type: 'text' })
  interviewNotes: string;

  @Column({ type: 'text' })
  findings: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
