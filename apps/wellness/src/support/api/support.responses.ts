import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { offerStatus } from '#consent';
import { SUPPORT_KINDS, SUPPORTER_KINDS } from '../domain/support-kinds.js';
import type { Escalation } from '../data/escalation.entity.js';
import type { SupportOffer } from '../data/support-offer.entity.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export class EscalationEntryResponse {
  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ description: 'Who escalated (your supporter)' })
  by: string;

  @ApiProperty({ description: 'License of the clinician who took over' })
  clinicianLicense: string;

  @ApiProperty()
  justification: string;

  static from(e: Escalation): EscalationEntryResponse {
    return Object.assign(new EscalationEntryResponse(), { at: e.at.toISOString(), by: e.bySub, clinicianLicense: e.clinicianLicense, justification: e.justification });
  }
}

/** What the staff member sees of their own offers (W7); nobody else ever gets this shape. */
export class SupportOfferResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: SUPPORT_KINDS })
  kind: string;

  @ApiProperty({ enum: ['critical-incident', 'self-request'] })
  source: string;

  @ApiProperty({ enum: ['open', 'expired', 'accepted', 'declined', 'held'] })
  status: string;

  @ApiProperty({ format: 'date-time' })
  offeredAt: string;

  @ApiProperty({ format: 'date-time', description: 'An open offer lapses then; you can ask again any time (POST /me/support-requests)' })
  expiresAt: string;

  @ApiPropertyOptional({ enum: SUPPORTER_KINDS, nullable: true, type: String })
  supporterKind: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: "Your supporter: a peer's roster id or the EAP clinician's id" })
  assignedTo: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, description: 'The debrief is due by then (72 h after acceptance by default)' })
  dueAt: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  heldAt: string | null;

  @ApiProperty({ type: [EscalationEntryResponse], description: 'Imminent-danger escalations of this session, shown to you (W9)' })
  escalations: EscalationEntryResponse[];

  static from(o: SupportOffer, now: Date, escalations: Escalation[] = []): SupportOfferResponse {
    return Object.assign(new SupportOfferResponse(), {
      id: o.id,
      kind: o.kind,
      source: o.source,
      status: offerStatus(o, now),
      offeredAt: o.offeredAt.toISOString(),
      expiresAt: o.expiresAt.toISOString(),
      supporterKind: o.supporterKind,
      assignedTo: o.assignedTo,
      dueAt: iso(o.dueAt),
      heldAt: iso(o.heldAt),
      escalations: escalations.filter((e) => e.offerId === o.id).map(EscalationEntryResponse.from),
    });
  }
}

/** What a peer supporter or EAP clinician sees of a session assigned to them. */
export class AssignmentResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: SUPPORT_KINDS })
  kind: string;

  @ApiProperty({ format: 'uuid', description: 'The staff member to meet' })
  staffId: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Only if they chose to give one' })
  reason: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  dueAt: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  heldAt: string | null;

  static from(o: SupportOffer): AssignmentResponse {
    return Object.assign(new AssignmentResponse(), { id: o.id, kind: o.kind, staffId: o.staffId, reason: o.reason, dueAt: iso(o.dueAt), heldAt: iso(o.heldAt) });
  }
}
