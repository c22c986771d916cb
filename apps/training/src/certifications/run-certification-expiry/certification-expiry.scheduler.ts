import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DistrictDirectory, ServiceConfig } from '#platform';
import { CertificationExpiryJob } from './certification-expiry.job.js';

export const EXPIRY_JOB_INTERVAL_ENV = 'TRAINING_EXPIRY_JOB_INTERVAL_MS';
const DEFAULT_INTERVAL_MS = 3_600_000;

/**
 * How often the expiry job runs on its own: TRAINING_EXPIRY_JOB_INTERVAL_MS, 0 = never. Default
 * hourly, but off under NODE_ENV=test, where tests run it on demand with an explicit asOf.
 */
export function expiryJobIntervalMs(env: NodeJS.ProcessEnv, nodeEnv: ServiceConfig['NODE_ENV']): number {
  const raw = env[EXPIRY_JOB_INTERVAL_ENV];
  if (raw === undefined || raw === '') return nodeEnv === 'test' ? 0 : DEFAULT_INTERVAL_MS;
  if (!/^\d+$/.test(raw) || (Number(raw) !== 0 && Number(raw) < 1000)) {
    throw new Error(`${EXPIRY_JOB_INTERVAL_ENV}: must be 0 (off) or at least 1000 milliseconds`);
  }
  return Number(raw);
}

@Injectable()
export class CertificationExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CertificationExpiry');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly job: CertificationExpiryJob,
    private readonly config: ServiceConfig,
    private readonly districts: DistrictDirectory,
  ) {}

  onApplicationBootstrap(): void {
    const interval = expiryJobIntervalMs(process.env, this.config.NODE_ENV);
    if (interval === 0) return;
    this.timer = setInterval(() => this.tick(), interval);
    this.logger.log(`certification expiry job every ${interval} ms`);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  private tick(): void {
    if (this.running) return;
    // Every district the directory knows, each on its own calendar (a day ends at its own midnight).
    this.running = this.runAll(new Date())
      .then((r) => this.logger.log(r, 'certification expiry run'))
      .catch((err) => this.logger.error({ err }, 'certification expiry run failed'))
      .finally(() => (this.running = undefined));
  }

  private async runAll(now: Date): Promise<Record<string, unknown>> {
    const results: Record<string, unknown> = {};
    for (const { districtId } of this.districts.all()) results[districtId] = await this.districts.run(districtId, () => this.job.run(now));
    return results;
  }
}
