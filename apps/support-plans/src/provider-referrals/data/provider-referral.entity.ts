import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ProviderReferralStatus } from '../domain/provider-referral-status.js';

/** An outbound referral from a support plan to a community provider, disclosed under a consent naming it. */
@Entity({ name: 'provider_referral' })
export class ProviderReferral {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'student_id', type: 'text' })
  studentId: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  /** The consents the disclosure rests on (R4, R5). */
  @Column({ name: 'consent_ids', type: 'text', array: true })
  consentIds: string[];

  @Column({ type: 'text', array: true })
  classes: string[];

  /** Notices that travel with what was sent (the 42 CFR 2.32 redisclosure notice for a Part 2 program). */
  @Column({ type: 'text', array: true })
  notices: string[];

  @Column({ type: 'text' })
  status: ProviderReferralStatus;

  @Column({ name: 'first_appointment_on', type: 'date', nullable: true })
  firstAppointmentOn: string | null;

  @Column({ name: 'sent_by', type: 'text' })
  sentBy: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt: Date;

  @Column({ name: 'status_changed_by', type: 'text' })
  statusChangedBy: string;
}
