import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MinorConsentBasis, Purpose, RecipientRef, RecordClass, SignerRole } from '#consent';

/** Part 2 elements as stored (jsonb): instants are ISO strings here, Dates in libs/consent. */
export interface StoredPart2 {
  patientName?: string;
  discloser?: string;
  sudDescription?: string;
  recipientsNamed?: string[];
  purposeMinimumNecessary?: boolean;
  revocationStatement?: boolean;
  expiry?: { at?: string; event?: string };
  signature?: { name: string; signedAt: string };
}

/** A consent to disclose (R4, FERPA 99.30; R5, 42 CFR 2.31 when it covers SUD). Revoked, never deleted. */
@Entity({ name: 'consent' })
@Index('consent_student_idx', ['studentId', 'recordedAt'])
export class ConsentRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'student_id', type: 'text' })
  studentId: string;

  @Column({ name: 'signer_role', type: 'text' })
  signerRole: SignerRole;

  @Column({ name: 'signer_id', type: 'text' })
  signerId: string;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;

  @Column({ type: 'text', array: true })
  classes: RecordClass[];

  @Column({ type: 'text', array: true })
  purposes: Purpose[];

  @Column({ type: 'jsonb' })
  recipients: RecipientRef[];

  @Column({ name: 'effective_from', type: 'timestamptz' })
  effectiveFrom: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'minor_consent_basis', type: 'text', nullable: true })
  minorConsentBasis: MinorConsentBasis | null;

  @Column({ type: 'jsonb', nullable: true })
  part2: StoredPart2 | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy: string | null;

  @Column({ name: 'revocation_reason', type: 'text', nullable: true })
  revocationReason: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
