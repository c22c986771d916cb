import { ApiProperty } from '@nestjs/swagger';
import { DISPOSITIONS, type IncidentDisposition } from '../data/disposition.entity.js';
import { FORCE_TYPES, INJURIES, type IncidentUseOfForce } from '../data/use-of-force.entity.js';

/** What the incident's dispositions and use-of-force reports look like inside an IncidentResponse. */
export class DispositionResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'S1000001' })
  studentId: string;

  @ApiProperty({ enum: DISPOSITIONS, example: 'diversion-program' })
  disposition: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty({ example: 'officer-7' })
  recordedBy: string;

  @ApiProperty({ description: 'A consent-projected referral request was sent to behavioral health', example: true })
  referralRequested: boolean;

  static from(d: IncidentDisposition): DispositionResponse {
    return Object.assign(new DispositionResponse(), {
      id: d.id,
      studentId: d.studentId,
      disposition: d.disposition,
      recordedAt: d.recordedAt.toISOString(),
      recordedBy: d.recordedBy,
      referralRequested: d.referralRequestId !== null,
    });
  }
}

export class UseOfForceResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ nullable: true, type: String, example: 'S1000001', description: 'The student force was used on, if one of the incident' })
  studentId: string | null;

  @ApiProperty({ enum: FORCE_TYPES, example: 'physical-control' })
  forceType: string;

  @ApiProperty({ enum: INJURIES, example: 'none' })
  subjectInjury: string;

  @ApiProperty({ enum: INJURIES, example: 'none' })
  officerInjury: string;

  @ApiProperty({ example: true })
  clinicianPresent: boolean;

  @ApiProperty({ nullable: true, type: String, description: 'Officer narrative (law-enforcement record)' })
  description: string | null;

  @ApiProperty({ format: 'date-time' })
  usedAt: string;

  @ApiProperty({ example: 'officer-7' })
  recordedBy: string;

  static from(u: IncidentUseOfForce): UseOfForceResponse {
    return Object.assign(new UseOfForceResponse(), {
      id: u.id,
      studentId: u.studentId,
      forceType: u.forceType,
      subjectInjury: u.subjectInjury,
      officerInjury: u.officerInjury,
      clinicianPresent: u.clinicianPresent,
      description: u.description,
      usedAt: u.usedAt.toISOString(),
      recordedBy: u.recordedBy,
    });
  }
}
