import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsentRevokedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';
import { ConsentRecord } from '../data/consent.entity.js';
import type { RevokeConsentDto } from './revoke-consent.dto.js';

@Injectable()
export class RevokeConsentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly police: PolicePublisher,
  ) {}

  /**
   * Effective from now forward (R4): what was disclosed before stays disclosed (and logged). In the
   * same transaction: support.consent.revoked for every projection built under it (R9), and the
   * police projection rebuilt without it (withdrawn where nothing else allows it).
   */
  execute(id: string, dto: RevokeConsentDto, by: Principal, now: Date): Promise<ConsentRecord> {
    return this.dataSource.transaction(async (em) => {
      const consent = await em.findOne(ConsentRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!consent) throw Problem.notFound('CONSENT.NOT_FOUND', `No consent ${id}`);
      if (consent.revokedAt) throw Problem.conflict('CONSENT.ALREADY_REVOKED', `Consent ${id} was revoked at ${consent.revokedAt.toISOString()}`);
      consent.revokedAt = now;
      consent.revokedBy = by.sub;
      consent.revocationReason = dto.reason ?? null;
      await em.save(consent);
      await this.outbox.add(em, ConsentRevokedEvent, { consentId: consent.id, revokedAt: now.toISOString() });
      await this.police.reprojectStudent(em, consent.studentId, now);
      return consent;
    });
  }
}
