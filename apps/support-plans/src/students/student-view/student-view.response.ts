import { ApiProperty } from '@nestjs/swagger';
import { ConsentResponse } from '../../consents/api/consent.response.js';
import { DisclosureResponse } from '../../disclosures/api/disclosure.response.js';
import { ReferralResponse } from '../../referrals/api/referral.response.js';
import { SafetyPlanResponse } from '../../safety-plans/api/safety-plan.response.js';
import { StudentResponse } from '../api/student.response.js';
import { SupportPlanResponse } from '../../support-plans/api/support-plan.response.js';
import { ThreatCaseResponse } from '../../threat-assessments/api/threat-case.response.js';

export class CareStatusResponse {
  @ApiProperty({ description: 'Whether mental-health care may start now (R11)' })
  allowed: boolean;

  @ApiProperty({ example: 'written parental consent 7c0e… covers treatment' })
  reason: string;

  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The parental consent that allows it, for a minor' })
  consentId: string | null;
}

/** Everything the clinical side holds about one student, each record as far as the caller may read it. */
export class StudentViewResponse {
  @ApiProperty({ example: 'S1000001' })
  studentId: string;

  @ApiProperty({ type: StudentResponse, nullable: true, description: 'The SIS registry entry (null: not registered)' })
  student: StudentResponse | null;

  @ApiProperty({ type: CareStatusResponse })
  care: CareStatusResponse;

  @ApiProperty({ type: [ReferralResponse], description: 'PSY-NOTE fields only for their author and supervisors' })
  referrals: ReferralResponse[];

  @ApiProperty({ type: [SupportPlanResponse] })
  supportPlans: SupportPlanResponse[];

  @ApiProperty({ type: [SafetyPlanResponse] })
  safetyPlans: SafetyPlanResponse[];

  @ApiProperty({ type: [ThreatCaseResponse] })
  threatAssessments: ThreatCaseResponse[];

  @ApiProperty({ type: [ConsentResponse], description: 'Revoked and expired ones included, with their status now' })
  consents: ConsentResponse[];

  @ApiProperty({ type: [DisclosureResponse], description: 'The record of disclosures (R7), oldest first, up to 500 entries before this call' })
  disclosures: DisclosureResponse[];
}
