import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DistrictColumn } from '#platform';
import type { ProficiencyLevel } from '../domain/compliance-rules.js';

/** An officer's TCOLE proficiency certificate (basic, intermediate, advanced, master) since a day. */
@Entity({ name: 'officer_proficiency' })
export class OfficerProficiency {
  /** Keys lead with the district (tenancy): upserts name it in their conflict target. */
  @DistrictColumn()
  readonly districtId?: string;

  @PrimaryColumn({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @Column({ type: 'text' })
  level: ProficiencyLevel;

  @Column({ type: 'date' })
  since: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
