import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { disclosureEntries, type DisclosureRow } from '../data/disclosure-entries.js';

@Injectable()
export class ListDisclosuresHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(studentId: string, after: number, limit: number): Promise<DisclosureRow[]> {
    return disclosureEntries(this.dataSource.manager, studentId, after, limit);
  }
}
