import { Column, Entity, PrimaryColumn } from 'typeorm';

/** W8: peer-support certifications as training publishes them. */
@Entity({ name: 'peer_certification' })
export class PeerCertification {
  @PrimaryColumn({ name: 'certification_id', type: 'uuid' })
  certificationId: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'boolean' })
  revoked: boolean;
}
