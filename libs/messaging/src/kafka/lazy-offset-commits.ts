/** How a batch commits through kafkajs: what the interval says is due, or every resolved offset now. */
export interface OffsetCommitter {
  due(): Promise<void>;
  all(): Promise<void>;
}

export const DEFAULT_COMMIT_INTERVAL_MS = 1_000;

/**
 * A consumer's offsets, committed at most every `intervalMs` instead of after every batch.
 *
 * Safe because an offset is resolved only after its batch's transaction committed, and the inbox
 * skips an event it has applied: a commit that comes late, or never (a crash, a rebalance), only
 * means up to `intervalMs` of events delivered again and dropped as duplicates. The per-batch
 * commit it replaces held every partition's next fetch for a broker round trip.
 *
 * Everything resolved is committed at once when the consumer stops, when a batch fails (as
 * kafkajs's own autoCommit does), and when a batch asks for it (records it dead-lettered: the
 * inbox keeps no row for them, so a redelivery would dead-letter them twice). After the last batch
 * of a burst, a timer commits what is left.
 */
export class LazyOffsetCommits {
  private committer?: OffsetCommitter;
  private timer?: NodeJS.Timeout;
  private closing = false;

  constructor(readonly intervalMs: number) {}

  /** The committer of the batch in hand (kafkajs gives one per batch; they share the group's offsets). */
  bind(committer: OffsetCommitter): void {
    this.committer = committer;
  }

  /** Runs a batch's work; afterwards commits everything (failure, stopping) or arms the idle timer. */
  async around(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      await this.commitAll();
      throw err;
    }
    if (this.closing) await this.commitAll();
    else this.arm();
  }

  /** The batch's own commit: what is due, or everything with `now` (or once stopping). */
  commit(options?: { now?: boolean }): Promise<void> {
    if (!this.committer) return Promise.resolve();
    return options?.now || this.closing ? this.committer.all() : this.committer.due();
  }

  /** Before the consumer leaves its group: no more timers, everything resolved so far committed. */
  async stopping(): Promise<void> {
    this.closing = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.commitAll();
  }

  private arm(): void {
    if (this.timer || this.intervalMs === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.commitAll();
    }, this.intervalMs);
    this.timer.unref();
  }

  /** Best effort: a commit refused (rebalance, broker away) leaves redelivery to the inbox. */
  private async commitAll(): Promise<void> {
    await this.committer?.all().catch(() => undefined);
  }
}
