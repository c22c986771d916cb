import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BREAK_GLASS_CLASSES } from '#consent';
import { RecipientRefDto } from '../../consent-gate/api/recipient-ref.dto.js';
import type { BreakGlassGrantRecord } from '../data/break-glass-grant.entity.js';

export class BreakGlassResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'S1000001' })
  studentId: string;

  @ApiProperty({ example: 'officer-7' })
  grantee: string;

  @ApiProperty({ example: 'officer' })
  granteeRole: string;

  @ApiProperty()
  threat: string;

  @ApiProperty()
  justification: string;

  @ApiProperty({ type: [RecipientRefDto], description: 'Besides the grantee' })
  recipients: RecipientRefDto[];

  @ApiProperty({ type: [String], example: ['EDU-SAFETY', 'EDU-CLIN'], description: 'What it opens: never PSY-NOTE, never SUD (R6)' })
  classes: string[];

  @ApiProperty({ format: 'date-time' })
  issuedAt: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ description: 'At the time of the response' })
  active: boolean;

  @ApiPropertyOptional({ format: 'date-time', description: 'When it was ended before its expiry; absent otherwise' })
  endedAt?: string;

  @ApiPropertyOptional({ example: 'bh-director-1' })
  endedBy?: string;

  @ApiPropertyOptional({ example: 'bh-director' })
  endedByRole?: string;

  @ApiPropertyOptional({ example: 'The student is safe at home with a guardian; the emergency is over.' })
  endReason?: string;

  static from(g: BreakGlassGrantRecord, now: Date): BreakGlassResponse {
    return Object.assign(new BreakGlassResponse(), {
      id: g.id,
      studentId: g.studentId,
      grantee: g.grantee,
      granteeRole: g.granteeRole,
      threat: g.threat,
      justification: g.justification,
      recipients: g.recipients,
      classes: [...BREAK_GLASS_CLASSES],
      issuedAt: g.issuedAt.toISOString(),
      expiresAt: g.expiresAt.toISOString(),
      active: !g.revokedAt && g.issuedAt.getTime() <= now.getTime() && now.getTime() < g.expiresAt.getTime(),
      ...(g.revokedAt ? { endedAt: g.revokedAt.toISOString(), endedBy: g.endedBy ?? undefined, endedByRole: g.endedByRole ?? undefined, endReason: g.endReason ?? undefined } : {}),
    });
  }
}
