import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SharingAgreementChangedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { SharingAgreements } from '#platform';
import { agreementEnded, agreementNotFound } from '../api/agreement-problems.js';
import { findAgreementRecord, publishAgreement, type AgreementRecord } from '../data/agreement-records.js';

@Injectable()
export class EndSharingAgreementHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly agreements: SharingAgreements,
  ) {}

  /** Ends it now: not in force from this instant on, in every service once the event reaches it. */
  async execute(agreementId: string, now = new Date()): Promise<AgreementRecord> {
    const record = await this.dataSource.transaction(async (em) => {
      const current = await findAgreementRecord(em, agreementId, true);
      if (!current) throw agreementNotFound(agreementId);
      if (current.agreement.endedAt) throw agreementEnded(agreementId, current.agreement.endedAt);
      return publishAgreement(em, this.outbox, { ...current.agreement, endedAt: now.toISOString() }, SharingAgreementChangedEvent);
    });
    this.agreements.apply(record.agreement);
    return record;
  }
}
