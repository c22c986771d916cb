import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STAFF_ROLES, UNITS } from '../../staff/domain/roster-values.js';
import type { Candidate } from '../data/candidate.entity.js';
import type { OfferDecision } from '../data/offer-decision.entity.js';
import type { Position } from '../data/position.entity.js';
import type { CandidatePsychStatus } from '../data/psych-status.js';
import type { Requisition } from '../data/requisition.entity.js';
import { CANDIDATE_STATUSES, OFFER_DECISIONS, OFFER_SIDES, REQUISITION_STATUSES } from '../domain/hiring-values.js';

export class PositionResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'BH-CLIN-07' })
  code: string;

  @ApiProperty({ example: 'Campus clinician (LCSW)' })
  title: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'clinician' })
  role: string;

  @ApiProperty({ enum: UNITS, example: 'behavioral-health' })
  unit: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(p: Position): PositionResponse {
    return Object.assign(new PositionResponse(), {
      id: p.id,
      code: p.code,
      title: p.title,
      role: p.role,
      unit: p.unit,
      createdAt: p.createdAt.toISOString(),
    });
  }
}

export class RequisitionResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  positionId: string;

  @ApiProperty({ enum: REQUISITION_STATUSES, example: 'open' })
  status: string;

  @ApiProperty({ example: 'bh-director-1' })
  openedBy: string;

  @ApiProperty({ format: 'date-time' })
  openedAt: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  filledAt: string | null;

  static from(r: Requisition): RequisitionResponse {
    return Object.assign(new RequisitionResponse(), {
      id: r.id,
      positionId: r.positionId,
      status: r.status,
      openedBy: r.openedBy,
      openedAt: r.openedAt.toISOString(),
      filledAt: r.filledAt?.toISOString() ?? null,
    });
  }
}

export class OfferDecisionResponse {
  @ApiProperty({ enum: OFFER_SIDES, example: 'police-chief' })
  side: string;

  @ApiProperty({ enum: OFFER_DECISIONS, example: 'approved' })
  decision: string;

  @ApiProperty({ example: 'police-chief-1', description: 'Subject of the token that decided' })
  decidedBy: string;

  @ApiProperty({ format: 'date-time' })
  decidedAt: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  note: string | null;

  static from(d: OfferDecision): OfferDecisionResponse {
    return Object.assign(new OfferDecisionResponse(), {
      side: d.side,
      decision: d.decision,
      decidedBy: d.decidedBy,
      decidedAt: d.decidedAt.toISOString(),
      note: d.note,
    });
  }
}

export class CandidateResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  requisitionId: string;

  @ApiProperty({ example: 'Candidate E' })
  displayName: string;

  @ApiProperty({ enum: CANDIDATE_STATUSES, example: 'offer' })
  status: string;

  @ApiProperty({ example: true, description: 'Whether a license or credential number is on file (the number stays internal)' })
  licensed: boolean;

  @ApiPropertyOptional({ example: 'E20418', nullable: true, type: String, description: 'Set with the offer' })
  employeeId: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'Set with the offer' })
  startsOn: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Roster id once hired' })
  staffId: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  rejectionReason: string | null;

  @ApiProperty({ type: [OfferDecisionResponse], description: 'Decisions on the offer, one per side at most' })
  decisions: OfferDecisionResponse[];

  @ApiPropertyOptional({
    enum: ['fit', 'not-fit', 'pending', 'not-required'],
    description:
      'The TCOLE L-3 psychological declaration (police positions): fit, not-fit or pending; never a reason (W5). ' +
      'An officer offer needs a current fit one (W4). Shown on the single-candidate read.',
  })
  psychDeclaration?: CandidatePsychStatus;

  static from(c: Candidate, decisions: OfferDecision[], psychDeclaration?: CandidatePsychStatus): CandidateResponse {
    return Object.assign(new CandidateResponse(), {
      ...(psychDeclaration ? { psychDeclaration } : {}),
      id: c.id,
      requisitionId: c.requisitionId,
      displayName: c.displayName,
      status: c.status,
      licensed: c.licenseNumber !== null,
      employeeId: c.employeeId,
      startsOn: c.startsOn,
      staffId: c.staffId,
      rejectionReason: c.rejectionReason,
      decisions: decisions.map(OfferDecisionResponse.from),
    });
  }
}
