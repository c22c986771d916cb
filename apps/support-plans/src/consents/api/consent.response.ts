import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { consentStatus, type ConsentStatus } from '#consent';
import { consentOf } from '../../consent-gate/data/facts.js';
import { RecipientRefDto } from '../../consent-gate/api/recipient-ref.dto.js';
import type { ConsentRecord, StoredPart2 } from '../data/consent.entity.js';

export class ConsentSignerResponse {
  @ApiProperty({ enum: ['guardian', 'student', 'minor-self'] })
  role: string;

  @ApiProperty()
  id: string;

  @ApiProperty({ format: 'date-time' })
  signedAt: string;
}

export class ConsentResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'S1000001' })
  studentId: string;

  @ApiProperty({ type: ConsentSignerResponse })
  signer: ConsentSignerResponse;

  @ApiProperty({ type: [String], example: ['EDU-CLIN', 'EDU-SAFETY'] })
  classes: string[];

  @ApiProperty({ type: [String], example: ['co-response'] })
  purposes: string[];

  @ApiProperty({ type: [RecipientRefDto] })
  recipients: RecipientRefDto[];

  @ApiProperty({ format: 'date-time' })
  effectiveFrom: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ enum: ['pending', 'in-force', 'expired', 'revoked'], description: 'At the time of the response' })
  status: ConsentStatus;

  @ApiPropertyOptional({ nullable: true, type: String })
  minorConsentBasis: string | null;

  @ApiPropertyOptional({ nullable: true, type: Object, description: 'The 42 CFR 2.31 elements as written on the form' })
  part2: StoredPart2 | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  revokedAt: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  revokedBy: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  revocationReason: string | null;

  @ApiProperty()
  recordedBy: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  static from(c: ConsentRecord, now: Date): ConsentResponse {
    return Object.assign(new ConsentResponse(), {
      id: c.id,
      studentId: c.studentId,
      signer: { role: c.signerRole, id: c.signerId, signedAt: c.signedAt.toISOString() },
      classes: c.classes,
      purposes: c.purposes,
      recipients: c.recipients,
      effectiveFrom: c.effectiveFrom.toISOString(),
      expiresAt: c.expiresAt.toISOString(),
      status: consentStatus(consentOf(c), now),
      minorConsentBasis: c.minorConsentBasis,
      part2: c.part2,
      revokedAt: c.revokedAt?.toISOString() ?? null,
      revokedBy: c.revokedBy,
      revocationReason: c.revocationReason,
      recordedBy: c.recordedBy,
      recordedAt: c.recordedAt.toISOString(),
    });
  }
}
