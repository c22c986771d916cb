import { ApiProperty } from '@nestjs/swagger';

export class SupportDisclosureResponse {
  @ApiProperty({ format: 'uuid', description: 'Opaque: the clinical record id is shown only when it is among the fields' })
  projectionId: string;

  @ApiProperty({ example: 'referral' })
  recordType: string;

  @ApiProperty({ example: 'S1000001' })
  studentId: string;

  @ApiProperty({ example: 'co-response' })
  purpose: string;

  @ApiProperty({ type: Object, description: 'Only the fields the consent rules let the police unit see (R3)' })
  data: Record<string, unknown>;

  @ApiProperty({ type: [String], description: 'The consents it was disclosed under (R9)' })
  consentIds: string[];

  @ApiProperty({ type: [String], description: 'The break-the-glass grants it was disclosed under (R6)' })
  grantIds: string[];

  @ApiProperty({ enum: ['prohibited'], description: 'R8: not to be passed on (city police, courts, anyone) without a new consent' })
  redisclosure: 'prohibited';

  @ApiProperty({ type: [String], description: 'Notices that travel with the data (42 CFR 2.32 for SUD, R5)' })
  notices: string[];

  @ApiProperty({ format: 'date-time', description: 'Not shown from this instant on (its basis ends)' })
  validUntil: string;

  @ApiProperty({ format: 'date-time' })
  projectedAt: string;
}
