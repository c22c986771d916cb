import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SharingAgreementChangedEvent, type SharingAgreement } from '#contracts';
import { Outbox } from '#messaging';
import { DistrictDirectory, SharingAgreements } from '#platform';
import { agreementEnded, agreementNotFound, agreementProblem } from '../api/agreement-problems.js';
import { findAgreementRecord, publishAgreement, type AgreementRecord } from '../data/agreement-records.js';
import { instant, termsRefusal } from '../data/agreement-terms.js';
import type { ChangeSharingAgreementDto } from './change-sharing-agreement.dto.js';

@Injectable()
export class ChangeSharingAgreementHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly districts: DistrictDirectory,
    private readonly agreements: SharingAgreements,
  ) {}

  async execute(agreementId: string, dto: ChangeSharingAgreementDto): Promise<AgreementRecord> {
    const record = await this.dataSource.transaction(async (em) => {
      const current = await findAgreementRecord(em, agreementId, true);
      if (!current) throw agreementNotFound(agreementId);
      // An ended agreement stays ended: sharing again is a new agreement, with its own record.
      if (current.agreement.endedAt) throw agreementEnded(agreementId, current.agreement.endedAt);
      const changed: SharingAgreement = {
        ...current.agreement,
        campusIds: dto.campusIds,
        shares: dto.shares,
        effectiveFrom: instant(dto.effectiveFrom),
        effectiveUntil: dto.effectiveUntil ? instant(dto.effectiveUntil) : null,
      };
      const refusal = await termsRefusal(em, this.districts.deployment.districtId, changed);
      if (refusal) throw agreementProblem(refusal);
      return publishAgreement(em, this.outbox, changed, SharingAgreementChangedEvent);
    });
    this.agreements.apply(record.agreement);
    return record;
  }
}
