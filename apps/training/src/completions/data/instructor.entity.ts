import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Someone allowed to record completions although their role (officer, clinician) alone would not. */
@Entity({ name: 'instructor' })
export class Instructor {
  @PrimaryColumn({ type: 'text', comment: 'Token subject at the identity provider' })
  sub: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
