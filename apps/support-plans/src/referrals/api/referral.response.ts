import { ApiPropertyOptional } from '@nestjs/swagger';
import { INCIDENT_TYPE_VALUES, REFERRAL_DECLINE_REASON_VALUES, REFERRAL_DISPOSITION_VALUES } from '#contracts';
import { REFERRAL_SOURCES, REFERRAL_STATUSES } from '../data/referral.entity.js';

/**
 * A referral as the caller may see it: only the fields the consent decision allows are present
 * (R3), so every property is optional. Disclosed data carries redisclosure=prohibited (R8) and
 * the notices that must travel with it (the 42 CFR 2.32 notice for SUD, R5).
 */
export class ReferralResponse {
  @ApiPropertyOptional({ format: 'uuid' })
  id?: string;

  @ApiPropertyOptional({ example: 'S1000001' })
  studentId?: string;

  @ApiPropertyOptional({ example: 'campus-ms-02' })
  campusId?: string;

  @ApiPropertyOptional({ enum: REFERRAL_SOURCES, example: 'staff' })
  source?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  incidentId?: string | null;

  @ApiPropertyOptional({ example: 'Counselor reports withdrawal and missed classes over two weeks.', description: 'EDU-CLIN' })
  reason?: string;

  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, example: 'received' })
  status?: string;

  @ApiPropertyOptional({ description: 'EDU-SAFETY' })
  safetyFlag?: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'PSY-NOTE: its author and clinical supervisors only' })
  clinicalNote?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'SUD (42 CFR Part 2)' })
  substanceUse?: string | null;

  @ApiPropertyOptional({ example: 'clinician-3' })
  createdBy?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  createdAt?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'From an incident disposition: the police referral request' })
  referralRequestId?: string | null;

  @ApiPropertyOptional({ enum: INCIDENT_TYPE_VALUES, nullable: true, description: 'Minimum incident facts, an education record here (R1)' })
  incidentType?: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  incidentOccurredAt?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Boolean })
  mentalHealthCrisis?: boolean | null;

  @ApiPropertyOptional({ enum: REFERRAL_DISPOSITION_VALUES, nullable: true })
  disposition?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Who accepted or declined it' })
  decidedBy?: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  decidedAt?: string | null;

  @ApiPropertyOptional({ enum: REFERRAL_DECLINE_REASON_VALUES, nullable: true })
  declineReason?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'EDU-CLIN' })
  decisionNote?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  assignedClinicianId?: string | null;

  @ApiPropertyOptional({ enum: ['prohibited'], description: 'R8: present when the data left the clinical unit' })
  redisclosure?: 'prohibited';

  @ApiPropertyOptional({ type: [String], description: 'Notices that travel with the data (R5)' })
  notices?: string[];

  /** From the labelled fields a decision let through (ReferralProjectionSource/referralRecord shape). */
  static from(data: Record<string, unknown>, extra: { redisclosure?: 'prohibited'; notices?: string[] } = {}): ReferralResponse {
    return Object.assign(new ReferralResponse(), data, extra);
  }
}
