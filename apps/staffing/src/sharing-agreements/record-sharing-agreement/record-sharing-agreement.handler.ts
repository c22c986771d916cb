import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SharingAgreementRecordedEvent, type SharingAgreement } from '#contracts';
import { Outbox } from '#messaging';
import { DistrictDirectory, SharingAgreements } from '#platform';
import { agreementProblem } from '../api/agreement-problems.js';
import { publishAgreement, type AgreementRecord } from '../data/agreement-records.js';
import { instant, termsRefusal } from '../data/agreement-terms.js';
import type { RecordSharingAgreementDto } from './record-sharing-agreement.dto.js';

@Injectable()
export class RecordSharingAgreementHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly districts: DistrictDirectory,
    private readonly agreements: SharingAgreements,
  ) {}

  async execute(dto: RecordSharingAgreementDto): Promise<AgreementRecord> {
    const agreement: SharingAgreement = {
      agreementId: randomUUID(),
      providerDistrictId: dto.providerDistrictId,
      receiverDistrictId: dto.receiverDistrictId,
      campusIds: dto.campusIds,
      shares: dto.shares,
      effectiveFrom: instant(dto.effectiveFrom),
      effectiveUntil: dto.effectiveUntil ? instant(dto.effectiveUntil) : null,
      endedAt: null,
    };
    const record = await this.dataSource.transaction(async (em) => {
      const refusal = await termsRefusal(em, this.districts.deployment.districtId, agreement);
      if (refusal) throw agreementProblem(refusal);
      return publishAgreement(em, this.outbox, agreement, SharingAgreementRecordedEvent);
    });
    // Committed: this replica applies it now; the others from the event or their next reload.
    this.agreements.apply(record.agreement);
    return record;
  }
}
