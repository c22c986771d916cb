import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIP_CATEGORY_VALUES, type TipReceived } from '#contracts';

export const TIP_CATEGORIES = TIP_CATEGORY_VALUES;
export type TipCategory = TipReceived['category'];

/**
 * A tip through a campus reporting channel (TEC 37.115; class LE). Holds nothing about who sent
 * it: a confidential employee reporter lives in tip_reporter.
 */
@Entity({ name: 'tip' })
@Index('tip_campus_received_idx', ['campusId', 'receivedAt', 'id'])
export class Tip {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'campus_id', type: 'text' })
  campusId: string;

  @Column({ type: 'text' })
  category: TipCategory;

  @Column({ name: 'student_ids', type: 'text', array: true, default: () => "'{}'" })
  studentIds: string[];

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'boolean' })
  anonymous: boolean;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
