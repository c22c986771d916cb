import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { listAgreementRecords, type AgreementRecord } from '../data/agreement-records.js';

@Injectable()
export class ListSharingAgreementsHandler {
  constructor(private readonly dataSource: DataSource) {}

  /** Agreements are few (one or two per partnership): listed whole, ended ones included, oldest first. */
  execute(districtId?: string): Promise<AgreementRecord[]> {
    return listAgreementRecords(this.dataSource, districtId);
  }
}
