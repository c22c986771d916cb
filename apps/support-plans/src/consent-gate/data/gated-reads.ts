import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { currentDistrictId } from '#platform';
import type { DisclosureRecord } from '../../disclosures/domain/chain.js';
import { DisclosureJournal, type JournalEntry } from '../../disclosures/data/disclosure-journal.js';
import { holdNotFound, notFoundFloorMs } from './not-found-floor.js';

/** The entries of the reads of each GatedReads transaction, by its query runner (one per transaction). */
const afterCommit = new WeakMap<QueryRunner, JournalEntry[]>();

/**
 * ConsentGate.read inside GatedReads.transaction: takes the entry for after commit and returns
 * true; anywhere else returns false (the caller appends it in the transaction).
 */
export function deferDisclosure(em: EntityManager, record: DisclosureRecord): boolean {
  const entries = em.queryRunner && afterCommit.get(em.queryRunner);
  if (!entries) return false;
  // No district: '' as on the read's own connection, where no row can be inserted (district-session.ts).
  entries.push({ districtId: currentDistrictId() ?? '', record });
  return true;
}

/**
 * The transaction of an API read through the consent gate (R7 with group commit, issue 16). The
 * disclosure is the response, so its entry is written after the read's transaction commits and
 * before the data is returned: DisclosureJournal writes it together with other reads' entries in
 * one INSERT, and the data leaves only once the entry is durable. A read whose transaction fails
 * logs nothing (it disclosed nothing); when the entry cannot be written the request fails with a
 * 503 and its data never leaves. Writes that disclose (events, referrals) keep their entry in
 * their own transaction (DisclosureLog), with the outbox row that discloses. A 404 (a denial or a
 * miss) answers no sooner than SUPPORT_NOT_FOUND_FLOOR_MS after the read began (R10, in time too).
 */
@Injectable()
export class GatedReads {
  /** Read at start-up: a bad value stops the service there (notFoundFloorMs throws). */
  private readonly notFoundFloorMs = notFoundFloorMs(process.env);

  constructor(
    private readonly dataSource: DataSource,
    private readonly journal: DisclosureJournal,
  ) {}

  async transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const startedAt = performance.now();
    const entries: JournalEntry[] = [];
    let result: T;
    try {
      result = await this.dataSource.transaction(async (em) => {
        afterCommit.set(em.queryRunner!, entries);
        try {
          return await work(em);
        } finally {
          afterCommit.delete(em.queryRunner!);
        }
      });
    } catch (err) {
      // Held after the rollback: the wait keeps no connection.
      await holdNotFound(err, startedAt, this.notFoundFloorMs, () => performance.now());
      throw err;
    }
    await this.journal.record(entries);
    return result;
  }
}
