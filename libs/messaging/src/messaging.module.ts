import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HealthIndicatorService, TerminusModule } from '@nestjs/terminus';
import { CONSUMERS, districtDirectoryGroup, sharingAgreementsGroup, type ServiceName } from '#contracts';
import { databaseRoles, Metrics, ReadinessChecks, ServiceConfig } from '#platform';
import { districtDirectoryConsumer } from './districts/district-directory.consumer.js';
import { sharingAgreementsConsumer } from './districts/sharing-agreements.consumer.js';
import { InboxTransport } from './inbox/inbox-transport.js';
import { INBOX_TRANSPORT_PROVIDER } from './inbox/inbox-transport.provider.js';
import type { EventProducer } from './kafka/broker-client.js';
import { KafkaJsClient } from './kafka/kafkajs-client.js';
import { kafkaSecurityFromConfig } from './kafka/kafka-security.js';
import { Outbox } from './outbox/outbox.js';
import { OutboxRelay } from './outbox/outbox-relay.js';

const SHUTDOWN_TIMEOUT_MS = 10_000;

async function withTimeout(work: Promise<void>, ms: number, onTimeout: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<void>((resolve) => (timer = setTimeout(() => (onTimeout(), resolve()), ms)));
  try {
    await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

const START_BACKOFF_MS = { initial: 1_000, max: 30_000 };

/**
 * Starts the outbox relay and the inbox transport's consumer groups when KAFKA_BROKERS is set. Without a
 * broker the service still works: events wait in the outbox until one is configured. A broker
 * that is down at boot delays messaging, never disables it: start-up retries with backoff, and
 * readiness reports the broker down until messaging runs.
 */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Messaging');
  private client?: KafkaJsClient;
  private producer?: EventProducer;
  private relay?: OutboxRelay;
  private relayStarted = false;
  private started: Promise<void> = Promise.resolve();
  private running = false;
  private stopping = false;
  private startError?: string;
  private wakeRetry?: () => void;

  constructor(
    private readonly config: ServiceConfig,
    private readonly metrics: Metrics,
    private readonly readiness: ReadinessChecks,
    private readonly health: HealthIndicatorService,
    private readonly inbox: InboxTransport,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.KAFKA_BROKERS) {
      this.logger.warn('KAFKA_BROKERS is not set: events are kept in the outbox and no consumers run');
      return;
    }
    const client = new KafkaJsClient({
      clientId: this.config.service,
      brokers: this.config.KAFKA_BROKERS.split(','),
      security: kafkaSecurityFromConfig(this.config),
    });
    this.client = client;
    this.readiness.add(() => this.brokerReadiness(client));
    this.readiness.add(() => this.relayReadiness());
    this.started = this.startWithRetry(client);
  }

  /** Resolves once the relay runs and every consumer group has its first assignment (or on shutdown). */
  whenStarted(): Promise<void> {
    return this.started;
  }

  /** True once the relay and every consumer run. */
  isRunning(): boolean {
    return this.running;
  }

  private async brokerReadiness(client: KafkaJsClient) {
    const indicator = this.health.check('broker');
    if (!this.running) {
      return indicator.down({ message: this.startError ? `messaging not running yet: ${this.startError}` : 'messaging is starting' });
    }
    try {
      await client.ping(1500);
      return indicator.up();
    } catch (err) {
      return indicator.down({ message: (err as Error).message });
    }
  }

  private async relayReadiness() {
    const indicator = this.health.check('outbox-relay');
    const status = this.relay?.status();
    if (status?.stalled) {
      return indicator.down({ message: `outbox relay made no progress for ${Math.round(status.msSinceProgress / 1000)} s`, lastError: status.lastError });
    }
    return indicator.up({ leader: status?.leader ?? false });
  }

  private async startWithRetry(client: KafkaJsClient): Promise<void> {
    let delay = START_BACKOFF_MS.initial;
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        await this.startAll(client);
        this.running = true;
        this.startError = undefined;
        if (attempt > 1) this.logger.log(`messaging started after ${attempt} attempts`);
        return;
      } catch (err) {
        this.startError = (err as Error).message;
        this.logger.error({ err, attempt }, `messaging failed to start; retrying in ${delay} ms`);
        await this.stopRunners();
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wakeRetry = () => (clearTimeout(timer), resolve());
        });
        delay = Math.min(START_BACKOFF_MS.max, delay * 2);
      }
    }
  }

  /** Idempotent: a retry reuses the producer and relay, and recreates the consumers. */
  private async startAll(client: KafkaJsClient): Promise<void> {
    this.producer ??= client.producer();
    await this.producer.connect();
    this.relay ??= new OutboxRelay(this.producer, {
      // The relay's role reads every district's outbox and nothing else (tenancy/database-roles.ts).
      databaseUrl: databaseRoles(this.config).relayUrl,
      schema: this.config.DB_SCHEMA,
      batchSize: this.config.OUTBOX_BATCH_SIZE,
      pollIntervalMs: this.config.OUTBOX_POLL_INTERVAL_MS,
      maxAttempts: this.config.OUTBOX_MAX_ATTEMPTS,
      sentRetentionMs: this.config.OUTBOX_RETENTION_HOURS * 3600_000,
      inboxRetentionMs: this.config.INBOX_RETENTION_DAYS * 24 * 3600_000,
      replica: process.env.HOSTNAME,
      registry: this.metrics.registry,
    });
    if (!this.relayStarted) {
      await this.relay.start();
      this.relayStarted = true;
    }
    await this.inbox.start(client, this.producer);
  }

  private async stopRunners(): Promise<void> {
    await this.inbox.stop();
  }

  /** Drain: consumers commit what they applied, the relay finishes its batch, then disconnect. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wakeRetry?.();
    // Bounded: with the broker gone, leaving the group would retry for minutes. Offsets not
    // committed then are re-delivered later and dropped by the inbox.
    await withTimeout(this.drain(), SHUTDOWN_TIMEOUT_MS, () => this.logger.warn(`messaging did not drain within ${SHUTDOWN_TIMEOUT_MS} ms; exiting anyway`));
  }

  private async drain(): Promise<void> {
    await this.started.catch(() => undefined);
    await this.stopRunners();
    await this.relay?.stop();
    await this.producer?.disconnect().catch(() => undefined);
    await this.client?.close().catch(() => undefined);
  }
}

@Module({})
export class MessagingModule {
  private static readonly instances = new Map<ServiceName, DynamicModule>();

  /**
   * Event handlers are @InboxConsumer controllers of the importing modules; nothing else lists them
   * here but the service's district directory consumer (`<service>.districts`, when registered).
   * Every feature module of a service may import this: Nest tells dynamic modules apart by object,
   * so each call returns the same one and a service runs one relay and one inbox transport.
   */
  static forService(service: ServiceName): DynamicModule {
    const existing = MessagingModule.instances.get(service);
    if (existing) return existing;
    const registered = (group: string) => CONSUMERS.some((c) => c.group === group);
    const directory = [
      ...(registered(districtDirectoryGroup(service)) ? [districtDirectoryConsumer(service)] : []),
      ...(registered(sharingAgreementsGroup(service)) ? [sharingAgreementsConsumer(service)] : []),
    ];
    const instance: DynamicModule = {
      module: MessagingModule,
      imports: [TerminusModule],
      controllers: directory,
      providers: [
        { provide: Outbox, useFactory: (config: ServiceConfig) => new Outbox(config.service), inject: [ServiceConfig] },
        INBOX_TRANSPORT_PROVIDER,
        MessagingRuntime,
      ],
      exports: [Outbox, MessagingRuntime, InboxTransport],
    };
    MessagingModule.instances.set(service, instance);
    return instance;
  }
}
