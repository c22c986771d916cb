import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a community agency offers students (referrals go by service). */
export const PROVIDER_SERVICES = [
  'counseling', 'psychiatry', 'substance-use-treatment', 'family-therapy', 'crisis-stabilization', 'case-management', 'psychological-testing', 'other',
] as const;
export type ProviderService = (typeof PROVIDER_SERVICES)[number];

/**
 * A community provider students are referred to. `part2Program`: a federally assisted SUD program
 * under 42 CFR Part 2, so what it receives about substance use needs a Part 2 consent (R5) and carries
 * the redisclosure notice (42 CFR 2.32).
 */
@Entity({ name: 'community_provider' })
export class CommunityProvider {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  agency: string;

  @Column({ type: 'text', array: true })
  services: ProviderService[];

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ name: 'part2_program', type: 'boolean' })
  part2Program: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'added_by', type: 'text' })
  addedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
