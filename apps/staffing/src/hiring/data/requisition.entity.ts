import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RequisitionStatus } from '../domain/hiring-values.js';

/** A request to fill one position; filled by the first candidate hired against it. */
@Entity({ name: 'requisition' })
export class Requisition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'position_id', type: 'uuid' })
  positionId: string;

  @Column({ type: 'text' })
  status: RequisitionStatus;

  @Column({ name: 'opened_by', type: 'text' })
  openedBy: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'filled_at', type: 'timestamptz', nullable: true })
  filledAt: Date | null;
}
