/**
 * Platform data every service holds in memory (the district directory, sharing agreements): loaded
 * before anything serves, applied as its events arrive, and reread every `everyMs` so what another
 * replica applied reaches this one too. Concurrent reloads share one read.
 */
export abstract class Reloading<T> {
  private timer?: NodeJS.Timeout;
  private loading?: Promise<void>;

  protected constructor(
    private readonly loader: (() => Promise<T>) | undefined,
    private readonly everyMs: number,
  ) {}

  /** Loads, then rereads every `everyMs` until stop(). */
  async start(): Promise<void> {
    await this.reload();
    this.timer = setInterval(() => void this.reload().catch(() => undefined), this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Nest calls this on shutdown (these are platform providers). */
  onApplicationShutdown(): void {
    this.stop();
  }

  async reload(): Promise<void> {
    const loader = this.loader;
    if (!loader) return;
    this.loading ??= (async () => {
      try {
        this.replace(await loader());
      } finally {
        this.loaded();
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  protected get canLoad(): boolean {
    return this.loader !== undefined;
  }

  /** Takes what the loader read in place of what was held. */
  protected abstract replace(rows: T): void;

  /** After each attempt, read or failed. */
  protected loaded(): void {}
}
