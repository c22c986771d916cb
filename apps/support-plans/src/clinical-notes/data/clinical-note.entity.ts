import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A psychotherapy note (PSY-NOTE): readable by its author and clinical supervisors only, for
 * treatment. It has no event: no topic carries it, not even a clinical-only one.
 */
@Entity({ name: 'clinical_note' })
export class ClinicalNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'student_id', type: 'text' })
  studentId: string;

  @Column({ name: 'author_id', type: 'text' })
  authorId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'support_plan_id', type: 'uuid', nullable: true })
  supportPlanId: string | null;

  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt: Date;
}

/** The note as a `clinical-note` record: every key is a labelled field. */
export function clinicalNoteView(n: ClinicalNote) {
  return { id: n.id, studentId: n.studentId, authorId: n.authorId, body: n.body, supportPlanId: n.supportPlanId, writtenAt: n.writtenAt.toISOString() };
}
