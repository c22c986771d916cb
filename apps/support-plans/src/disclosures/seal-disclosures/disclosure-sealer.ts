import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DistrictDirectory } from '#platform';
import { sealDisclosures } from './seal-disclosures.js';

export const SEAL_INTERVAL_ENV = 'SUPPORT_DISCLOSURE_SEAL_INTERVAL_MS';
const DEFAULT_SWEEP_MS = 10_000;
/** How soon after an append its district is sealed: long enough for the disclosing transaction to commit. */
export const SEAL_DELAY_MS = 100;

/** The sweep interval: SUPPORT_DISCLOSURE_SEAL_INTERVAL_MS, 0 = no sweep (appends still trigger sealing). */
export function sealSweepMs(env: NodeJS.ProcessEnv): number {
  const raw = env[SEAL_INTERVAL_ENV];
  if (raw === undefined || raw === '') return DEFAULT_SWEEP_MS;
  if (!/^\d+$/.test(raw) || (Number(raw) !== 0 && Number(raw) < 100)) throw new Error(`${SEAL_INTERVAL_ENV}: must be 0 (off) or at least 100 milliseconds`);
  return Number(raw);
}

/**
 * Runs the sealing of the record of disclosures (R7, sequenced chaining): a district is sealed
 * SEAL_DELAY_MS after an append there (and once more while rounds keep finding entries, for
 * transactions that committed late), every district the directory knows is swept periodically
 * (entries of another replica that stopped, or of a long transaction), and pending districts once
 * more on shutdown, best effort. Any number of replicas may run it: sealing locks the chain head.
 */
@Injectable()
export class DisclosureSealer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DisclosureSealer');
  private readonly pending = new Set<string>();
  private timer?: NodeJS.Timeout;
  private sweep?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DistrictDirectory,
  ) {}

  onApplicationBootstrap(): void {
    const every = sealSweepMs(process.env);
    if (every > 0) this.sweep = setInterval(() => this.schedule(this.directory.all().map((d) => d.districtId), 0), every).unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
    await this.sealDistricts([...this.pending]).catch((err) => this.logger.warn({ err }, 'sealing on shutdown failed; the next sweep seals them'));
  }

  /** An entry was appended in `districtId` (its transaction not committed yet). */
  appended(districtId: string | undefined): void {
    this.schedule([districtId ?? this.directory.deployment.districtId], SEAL_DELAY_MS);
  }

  /** Seals every district now (tests, tools); resolves when each is sealed up to what had committed. */
  async sealAll(): Promise<number> {
    return this.sealDistricts(this.directory.all().map((d) => d.districtId));
  }

  /** Seals the given districts now, known to the directory or not. */
  async sealDistricts(districtIds: string[]): Promise<number> {
    let sealed = 0;
    for (const d of districtIds) sealed += await this.directory.run(d, () => sealDisclosures(this.dataSource));
    return sealed;
  }

  /** Stops the automatic sealing, once the round under way ends (shutdown; tests that look at unsealed entries). sealAll still works. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.sweep);
    this.timer = this.sweep = undefined;
    await this.running?.catch(() => undefined);
  }

  private schedule(districtIds: string[], delay: number): void {
    if (this.stopped) return;
    for (const d of districtIds) this.pending.add(d);
    if (!this.timer && !this.running) this.timer = setTimeout(() => this.round(), delay).unref();
  }

  private round(): void {
    this.timer = undefined;
    const districts = [...this.pending];
    this.pending.clear();
    this.running = this.sealRound(districts)
      .finally(() => {
        this.running = undefined;
        if (this.pending.size > 0) this.schedule([], SEAL_DELAY_MS);
      });
  }

  private async sealRound(districts: string[]): Promise<void> {
    for (const d of districts) {
      try {
        // Found some: look once more, a transaction that appended before may commit just after.
        if ((await this.directory.run(d, () => sealDisclosures(this.dataSource))) > 0 && !this.stopped) this.pending.add(d);
      } catch (err) {
        // Left to the sweep: retrying every round would hammer a failing database.
        this.logger.error({ err, districtId: d }, 'sealing the record of disclosures failed; the next sweep retries');
      }
    }
  }
}
