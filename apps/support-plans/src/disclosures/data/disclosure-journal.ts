import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DistrictDirectory, Problem } from '#platform';
import type { DisclosureRecord } from '../domain/chain.js';
import { DisclosureSealer } from '../seal-disclosures/disclosure-sealer.js';
import { storedEntry } from './disclosure-log.js';

/** At most this many entries per flush (one INSERT per district in it); a caller's entries are never split. */
export const JOURNAL_FLUSH_MAX = 500;

/** An entry to journal, with the district it was disclosed in (read at append time: RLS files it there). */
export interface JournalEntry {
  districtId: string;
  record: DisclosureRecord;
}

interface Waiter {
  districtId: string;
  entries: DisclosureRecord[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit for the record of disclosures (R7) of API reads (issue 16): GatedReads hands over
 * a read's entries after its transaction committed and awaits them before the data leaves. A lone
 * entry is flushed at once (no timer); while a flush is in flight, whatever arrives waits for the
 * next one, which writes it all in ONE multi-row INSERT per district: one commit for many reads
 * instead of one INSERT in each read's transaction. A failed INSERT rejects every waiter of it,
 * so their requests fail and disclose nothing.
 */
@Injectable()
export class DisclosureJournal implements BeforeApplicationShutdown {
  private readonly logger = new Logger('DisclosureJournal');
  private queue: Waiter[] = [];
  private flushing?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DistrictDirectory,
    private readonly sealer: DisclosureSealer,
  ) {}

  /** Resolves once every entry is committed (unsealed; the sealer chains them), rejects when they could not be. */
  async record(entries: readonly JournalEntry[]): Promise<void> {
    if (entries.length === 0) return; // drain() must start with something queued: it clears `flushing` when it finds none
    const byDistrict = new Map<string, DisclosureRecord[]>();
    for (const e of entries) byDistrict.set(e.districtId, [...(byDistrict.get(e.districtId) ?? []), storedEntry(e.record)]);
    const written = [...byDistrict].map(
      ([districtId, records]) => new Promise<void>((resolve, reject) => this.queue.push({ districtId, entries: records, resolve, reject })),
    );
    this.flushing ??= this.drain();
    await Promise.all(written);
  }

  /** Shutdown: what is queued is written before the sealer's last round (it depends on us: Nest stops us first). */
  async beforeApplicationShutdown(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.flush(this.take());
    } finally {
      this.flushing = undefined;
    }
  }

  /** The next flush: waiters in arrival order up to JOURNAL_FLUSH_MAX entries (at least one waiter). */
  private take(): Waiter[] {
    let n = 0;
    let i = 0;
    while (i < this.queue.length && (i === 0 || n + this.queue[i].entries.length <= JOURNAL_FLUSH_MAX)) n += this.queue[i++].entries.length;
    return this.queue.splice(0, i);
  }

  private async flush(waiters: Waiter[]): Promise<void> {
    const byDistrict = new Map<string, Waiter[]>();
    for (const w of waiters) byDistrict.set(w.districtId, [...(byDistrict.get(w.districtId) ?? []), w]);
    await Promise.all(
      [...byDistrict].map(async ([districtId, ws]) => {
        const records = ws.flatMap((w) => w.entries);
        try {
          await this.directory.run(districtId, () => this.insert(records));
        } catch (err) {
          this.logger.error({ err, districtId, entries: records.length }, 'writing the record of disclosures failed; those reads fail and disclose nothing');
          const failed = new Problem(503, 'DISCLOSURE.NOT_LOGGED', 'The disclosure could not be logged, so nothing was disclosed; try again.');
          for (const w of ws) w.reject(failed);
          return;
        }
        this.sealer.appended(districtId);
        for (const w of ws) w.resolve();
      }),
    );
  }

  /** One statement (autocommit, atomic): rows in queue order, so the sealer chains them in that order. */
  private async insert(records: DisclosureRecord[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO disclosure (id, student_id, disclosed_at, exempt, entry)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::boolean[], $5::jsonb[])`,
      [records.map(() => randomUUID()), records.map((r) => r.studentId), records.map((r) => r.when), records.map((r) => r.exempt), records.map((r) => JSON.stringify(r))],
    );
  }
}
