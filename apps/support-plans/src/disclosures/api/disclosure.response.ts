import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DisclosureRecord } from '../domain/chain.js';

export class DisclosureRecipientResponse {
  @ApiProperty({ example: 'officer-7', description: 'A person, or `unit:police` for a topic the whole unit reads' })
  id: string;

  @ApiPropertyOptional({ example: 'officer' })
  role?: string;

  @ApiProperty({ example: 'police' })
  unit: string;
}

export class DisclosureResponse {
  @ApiProperty({ example: 42, nullable: true, type: Number, description: 'Position in the hash chain; null for a disclosure not sealed into the chain yet (moments after it happened)' })
  seq: number | null;

  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'clinical', description: 'The unit that disclosed' })
  who: string;

  @ApiProperty({ type: DisclosureRecipientResponse })
  toWhom: DisclosureRecipientResponse;

  @ApiProperty({ format: 'date-time' })
  when: string;

  @ApiProperty({ example: 'S1000001' })
  studentId: string;

  @ApiProperty({ example: 'referral' })
  recordType: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  recordId: string | null;

  @ApiProperty({ example: 'co-response' })
  purpose: string;

  @ApiProperty({ type: [String], example: ['DIRECTORY', 'EDU-SAFETY', 'EDU-CLIN'] })
  classes: string[];

  @ApiProperty({ type: [String] })
  fields: string[];

  @ApiProperty({ type: Object, example: { kind: 'consent', id: '7c0e2a8f-3b41-4d6e-9f5a-1c2b3d4e5f60' }, description: 'Of the most sensitive class' })
  basis: object;

  @ApiProperty({ type: Object, description: 'The basis of each disclosed class' })
  bases: object;

  @ApiPropertyOptional({ description: 'Emergencies: the threat (R6)' })
  threat?: string;

  @ApiPropertyOptional({ type: Object, isArray: true, description: 'Emergencies: the recipients the grant named (R6)' })
  grantRecipients?: object[];

  @ApiProperty({ description: 'Not required by 34 CFR 99.32 (in-unit, directory, family), logged anyway (policy)' })
  exempt: boolean;

  @ApiProperty({ enum: ['api', 'event', 'referral'], description: 'A gated read, a projection onto a topic the recipient unit reads, or a referral to a community provider' })
  channel: string;

  @ApiProperty({ nullable: true, type: String, description: 'sha256 of the previous entry (hex); null until sealed' })
  prevHash: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'sha256 of this entry (hex); null until sealed' })
  hash: string | null;

  static from(row: { seq: number | null; id: string; entry: DisclosureRecord; prevHash: string | null; hash: string | null }): DisclosureResponse {
    const { ruleIds: _rules, ...entry } = row.entry;
    return Object.assign(new DisclosureResponse(), { seq: row.seq, id: row.id, ...entry, prevHash: row.prevHash, hash: row.hash });
  }
}
