/** How offsets are committed through kafkajs: every offset resolved so far, now. */
export interface OffsetCommitter {
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
 * The interval's commits run on a timer, out of band: a commit awaited inside a batch held the
 * next fetch of every partition that broker leads (kafkajs fetches per broker, then hands over its
 * batches), so once a second up to a third of the traffic waited for the group coordinator; that
 * was the p99 of commit → consumed (bench/README.md, e2e-latency). The timer is armed by the first
 * batch after a commit, so a steady flow commits every interval and a burst's tail is committed
 * one interval after it.
 *
 * Everything resolved is committed at once, in the batch, when the consumer stops, when a batch
 * fails (as kafkajs's own autoCommit does), and when a batch asks for it (records it dead-lettered:
 * the inbox keeps no row for them, so a redelivery would dead-letter them twice). Interval 0
 * commits in every batch.
 */
export class LazyOffsetCommits {
  private committer?: OffsetCommitter;
  private timer?: NodeJS.Timeout;
  private closing = false;
  /** Commits run one after another: two in flight could reach the coordinator out of order, and an older one landing last would rewind the group. */
  private last: Promise<void> = Promise.resolve();

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

  /** The batch's own commit: everything with `now` (or once stopping, or interval 0); else the timer's. */
  commit(options?: { now?: boolean }): Promise<void> {
    if (!this.committer || !(options?.now || this.closing || this.intervalMs === 0)) return Promise.resolve();
    return this.serialized();
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
    await this.serialized().catch(() => undefined);
  }

  /** The next commit, once the one before it has finished; it reads the resolved offsets when it runs. */
  private serialized(): Promise<void> {
    const run = this.last.then(() => this.committer?.all());
    this.last = run.catch(() => undefined);
    return run;
  }
}
