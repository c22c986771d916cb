import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LicenseType } from '../domain/license-type.js';

/** A clinician's license (Texas LMSW, LCSW, LPC, LSSP): valid from issuedOn until expiresOn (exclusive). A renewal is a new row. */
@Entity({ name: 'clinician_license' })
export class ClinicianLicense {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @Column({ name: 'license_type', type: 'text' })
  licenseType: LicenseType;

  @Column({ name: 'license_number', type: 'text' })
  licenseNumber: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'expires_on', type: 'date' })
  expiresOn: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
