import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A district of the registry (platform tenant): its identity provider, calendar, pseudonym key id and campuses. */
@Entity({ name: 'district' })
export class DistrictRecord {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ name: 'jwks_url', type: 'text' })
  jwksUrl: string;

  @Column({ type: 'text' })
  audience: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Column({ name: 'pseudonym_key_id', type: 'text' })
  pseudonymKeyId: string;

  @Column({ name: 'campus_ids', type: 'text', array: true })
  campusIds: string[];

  @Column({ name: 'region_id', type: 'text', nullable: true })
  regionId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
