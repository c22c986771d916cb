import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DisclosureRecord } from '../chain.js';

export interface DisclosureRow {
  seq: number;
  id: string;
  entry: DisclosureRecord;
  prevHash: string;
  hash: string;
}

@Injectable()
export class ListDisclosuresHandler {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Entries that name a psychotherapy note are never shown (R3, R10, issue 14). libs/consent no longer
   * writes any; this hides those written before, which stay in the chain for verification.
   */
  async execute(studentId: string, after: number, limit: number): Promise<DisclosureRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT seq, id, entry, prev_hash, hash FROM disclosure
        WHERE student_id = $1 AND seq > $2 AND entry->>'recordType' <> 'clinical-note' AND NOT (entry->'classes' ? 'PSY-NOTE')
        ORDER BY seq LIMIT $3`,
      [studentId, after, limit],
    )) as { seq: string; id: string; entry: DisclosureRecord; prev_hash: string; hash: string }[];
    return rows.map((r) => ({ seq: Number(r.seq), id: r.id, entry: r.entry, prevHash: r.prev_hash, hash: r.hash }));
  }
}
