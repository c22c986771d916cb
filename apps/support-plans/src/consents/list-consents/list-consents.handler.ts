import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { consentHistory } from '../data/consent-history.js';
import type { ConsentRecord } from '../data/consent.entity.js';

@Injectable()
export class ListConsentsHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(studentId: string): Promise<ConsentRecord[]> {
    return consentHistory(this.dataSource.manager, studentId);
  }
}
