import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type Type,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HealthIndicatorService, TerminusModule } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { Metrics, ReadinessChecks, ServiceConfig } from '#platform';
import { ConsumerRunner } from './inbox/consumer-runner.js';
import type { EventHandler } from './inbox/event-handler.js';
import type { EventProducer } from './kafka/broker-client.js';
import { KafkaJsClient } from './kafka/kafkajs-client.js';
import { kafkaSecurityFromConfig } from './kafka/kafka-security.js';
import { Outbox } from './outbox/outbox.js';
import { OutboxRelay } from './outbox/outbox-relay.js';
import { EventValidator } from './schema/event-validator.js';

const HANDLER_TYPES = Symbol('HANDLER_TYPES');
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

/**
 * Starts the outbox relay and one consumer group per handler when KAFKA_BROKERS is set. Without a
 * broker the service still works: events wait in the outbox until one is configured.
 */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Messaging');
  private client?: KafkaJsClient;
  private producer?: EventProducer;
  private relay?: OutboxRelay;
  private runners: ConsumerRunner[] = [];
  private started: Promise<void> = Promise.resolve();

  constructor(
    private readonly config: ServiceConfig,
    private readonly dataSource: DataSource,
    private readonly metrics: Metrics,
    private readonly readiness: ReadinessChecks,
    private readonly health: HealthIndicatorService,
    private readonly moduleRef: ModuleRef,
    @Inject(HANDLER_TYPES) private readonly handlerTypes: Type<EventHandler>[],
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
    this.readiness.add(async () => {
      const indicator = this.health.check('broker');
      try {
        await client.ping(1500);
        return indicator.up();
      } catch (err) {
        return indicator.down({ message: (err as Error).message });
      }
    });
    this.started = this.startAll(client);
    this.started.catch((err) => this.logger.error({ err }, 'messaging failed to start'));
  }

  /** Resolves once the relay runs and every consumer group has its first assignment. */
  whenStarted(): Promise<void> {
    return this.started;
  }

  private async startAll(client: KafkaJsClient): Promise<void> {
    this.producer = client.producer();
    await this.producer.connect();
    this.relay = new OutboxRelay(this.dataSource, this.producer, {
      databaseUrl: this.config.DATABASE_URL,
      schema: this.config.DB_SCHEMA,
      batchSize: this.config.OUTBOX_BATCH_SIZE,
      pollIntervalMs: this.config.OUTBOX_POLL_INTERVAL_MS,
      registry: this.metrics.registry,
    });
    await this.relay.start();
    const validator = new EventValidator();
    this.runners = this.handlerTypes.map(
      (type) =>
        new ConsumerRunner(this.moduleRef.get(type, { strict: false }), this.dataSource, client, this.producer!, validator, {
          maxAttempts: this.config.CONSUMER_MAX_ATTEMPTS,
          retryBackoffMs: this.config.CONSUMER_RETRY_BACKOFF_MS,
          maxWaitTimeInMs: this.config.KAFKA_FETCH_MAX_WAIT_MS,
          sessionTimeout: this.config.KAFKA_SESSION_TIMEOUT_MS,
          heartbeatInterval: this.config.KAFKA_HEARTBEAT_INTERVAL_MS,
          registry: this.metrics.registry,
        }),
    );
    await Promise.all(this.runners.map((r) => r.start()));
  }

  /** Drain: consumers commit what they applied, the relay finishes its batch, then disconnect. */
  async beforeApplicationShutdown(): Promise<void> {
    // Bounded: with the broker gone, leaving the group would retry for minutes. Offsets not
    // committed then are re-delivered later and dropped by the inbox.
    await withTimeout(this.drain(), SHUTDOWN_TIMEOUT_MS, () => this.logger.warn(`messaging did not drain within ${SHUTDOWN_TIMEOUT_MS} ms; exiting anyway`));
  }

  private async drain(): Promise<void> {
    await this.started.catch(() => undefined);
    await Promise.all(this.runners.map((r) => r.stop().catch((err) => this.logger.warn({ err }, 'consumer stop failed'))));
    await this.relay?.stop();
    await this.producer?.disconnect().catch(() => undefined);
    await this.client?.close().catch(() => undefined);
  }
}

@Module({})
export class MessagingModule {
  /** `handlers` must also be providers of the importing module (they need its repositories). */
  static forService(options: { handlers?: Type<EventHandler>[] } = {}): DynamicModule {
    return {
      module: MessagingModule,
      imports: [TerminusModule],
      providers: [
        { provide: Outbox, useFactory: (config: ServiceConfig) => new Outbox(config.service), inject: [ServiceConfig] },
        { provide: HANDLER_TYPES, useValue: options.handlers ?? [] },
        MessagingRuntime,
      ],
      exports: [Outbox, MessagingRuntime],
    };
  }
}
