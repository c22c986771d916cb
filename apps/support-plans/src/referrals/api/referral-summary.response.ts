import { ApiProperty } from '@nestjs/swagger';
import { INCIDENT_TYPE_VALUES, REFERRAL_DECLINE_REASON_VALUES, REFERRAL_DISPOSITION_VALUES } from '#contracts';
import { REFERRAL_SOURCES, REFERRAL_STATUSES, type Referral } from '../data/referral.entity.js';
import { CampusStudentSummary } from '../../students/api/campus-student-summary.js';

/**
 * A referral in the clinicians' intake queue and as a decision returns it: the decision and the
 * minimum incident facts, no reason text and no PSY-NOTE or SUD fields (read GET /referrals/{id}
 * for those, through the consent rules).
 */
export class ReferralSummaryResponse extends CampusStudentSummary {
  @ApiProperty({ enum: REFERRAL_SOURCES })
  source: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  incidentId: string | null;

  @ApiProperty({ enum: REFERRAL_STATUSES })
  status: string;

  @ApiProperty({ description: 'EDU-SAFETY' })
  safetyFlag: boolean;

  @ApiProperty({ enum: INCIDENT_TYPE_VALUES, nullable: true, description: 'From the incident (R1: an education record here)' })
  incidentType: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  incidentOccurredAt: string | null;

  @ApiProperty({ nullable: true, type: Boolean })
  mentalHealthCrisis: boolean | null;

  @ApiProperty({ enum: REFERRAL_DISPOSITION_VALUES, nullable: true })
  disposition: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'clinician-3' })
  decidedBy: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  decidedAt: string | null;

  @ApiProperty({ enum: REFERRAL_DECLINE_REASON_VALUES, nullable: true })
  declineReason: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'clinician-3' })
  assignedClinicianId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(r: Referral): ReferralSummaryResponse {
    return Object.assign(new ReferralSummaryResponse(), {
      id: r.id,
      studentId: r.studentId,
      campusId: r.campusId,
      source: r.source,
      incidentId: r.incidentId,
      status: r.status,
      safetyFlag: r.safetyFlag,
      incidentType: r.incidentType,
      incidentOccurredAt: r.incidentOccurredAt?.toISOString() ?? null,
      mentalHealthCrisis: r.mentalHealthCrisis,
      disposition: r.disposition,
      decidedBy: r.decidedBy,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      declineReason: r.declineReason,
      assignedClinicianId: r.assignedClinicianId,
      createdAt: r.createdAt.toISOString(),
    });
  }
}
