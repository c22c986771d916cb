import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { agreementNotFound } from '../api/agreement-problems.js';
import { findAgreementRecord, type AgreementRecord } from '../data/agreement-records.js';

@Injectable()
export class GetSharingAgreementHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(agreementId: string): Promise<AgreementRecord> {
    const record = await findAgreementRecord(this.dataSource, agreementId);
    if (!record) throw agreementNotFound(agreementId);
    return record;
  }
}
