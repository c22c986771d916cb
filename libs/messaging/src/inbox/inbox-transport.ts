import { Logger } from '@nestjs/common';
import { type CustomTransportStrategy, type MessageHandler, Server } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import type { DataSource, EntityManager } from 'typeorm';
import { CONSUMERS, consumerRegistrationProblem, EVENTS, type CloudEvent, type EventDescriptor, type ServiceName } from '#contracts';
import type { BrokerClient, EventProducer } from '../kafka/broker-client.js';
import type { EventValidator } from '../schema/event-validator.js';
import type { ConsumerGroup } from './consumer-group.js';
import { ConsumerRunner, type ConsumerRunnerOptions } from './consumer-runner.js';
import { InboxContext } from './inbox-context.js';

export interface InboxTransportOptions {
  dataSource: DataSource;
  validator: EventValidator;
  runner: ConsumerRunnerOptions;
  /** Every consumer group CONSUMERS registers for this service must have a handler; unset for ad-hoc test handlers. */
  service?: ServiceName;
  /** Where an event type's topic and schema are found (default: the catalog). */
  events?: readonly EventDescriptor[];
}

/**
 * The inbox as a Nest transport. Nest discovers the `@EventPattern` methods of `@InboxConsumer`
 * classes and registers them here; the transport groups them by consumer group and runs one
 * ConsumerRunner per group, which owns the inbox: one transaction per batch, a savepoint per
 * event, schema validation, retries, dead-lettering and offsets. The messaging runtime decides
 * when the runners start (once the broker answers) and drains them on shutdown.
 */
export class InboxTransport extends Server implements CustomTransportStrategy {
  /** A handler's failure rejects to the runner (see deliver), which retries or dead-letters it. */
  override readonly propagatesEventHandlerErrors = true;
  protected override readonly logger = new Logger('InboxTransport');
  /** consumer group -> event type -> Nest's handler. Keyed by group, not chained by pattern as Server.addHandler does. */
  private readonly groups = new Map<string, Map<string, MessageHandler>>();
  private listening = false;
  private runners: ConsumerRunner[] = [];

  constructor(private readonly options: InboxTransportOptions) {
    super();
  }

  override addHandler(pattern: unknown, callback: MessageHandler, isEventHandler = false, extras: Record<string, unknown> = {}): void {
    const consumer = extras.consumer;
    if (!isEventHandler || typeof pattern !== 'string' || typeof consumer !== 'string') {
      throw new Error(`the inbox delivers events only: @EventPattern('<event type>') methods of an @InboxConsumer class (got ${this.getPatternAsString(pattern)})`);
    }
    const handlers = this.groups.get(consumer) ?? new Map<string, MessageHandler>();
    if (handlers.has(pattern)) throw new Error(`consumer group ${consumer} has two handlers for ${pattern}`);
    handlers.set(pattern, callback);
    this.groups.set(consumer, handlers);
  }

  /** Checks the discovered groups against the catalog and the CONSUMERS registry; consuming starts with start(). */
  listen(callback: (err?: unknown) => void): void {
    const problems = this.problems();
    if (problems.length) return callback(new Error(`inbox consumers do not match libs/contracts: ${problems.join('; ')}`));
    this.listening = true;
    callback();
  }

  /** One per discovered consumer group, as the runners apply them. */
  consumerGroups(): ConsumerGroup[] {
    return [...this.groups].map(([consumer, handlers]) => ({
      consumer,
      handles: [...handlers.keys()].map((type) => this.descriptor(type)!),
      handle: (event, em) => this.deliver(consumer, event, em),
    }));
  }

  /** Applies an event in `em` through the group's @EventPattern method; rejects with the handler's own error. */
  async deliver(consumer: string, event: CloudEvent, em: EntityManager): Promise<void> {
    const handler = this.groups.get(consumer)?.get(event.type);
    if (!handler) throw new Error(`consumer group ${consumer} has no @EventPattern('${event.type}') handler`);
    const result: unknown = await handler(event, new InboxContext([em, consumer]));
    // Nest's RPC proxy returns a failure as an erroring stream (PassToInbox keeps the error itself).
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }

  /** Starts one consumer group per handler class; resolves once each has its first assignment. */
  async start(client: BrokerClient, deadLetters: EventProducer): Promise<void> {
    if (!this.listening) throw new Error('the inbox transport is not listening: connect it with app.connectMicroservice({ strategy }) and start it');
    const { dataSource, validator, runner } = this.options;
    this.runners = this.consumerGroups().map((group) => new ConsumerRunner(group, dataSource, client, deadLetters, validator, runner));
    await Promise.all(this.runners.map((r) => r.start()));
  }

  /** Stops the runners; each commits what it applied and its offsets. */
  async stop(): Promise<void> {
    const runners = this.runners;
    this.runners = [];
    await Promise.all(runners.map((r) => r.stop().catch((err: unknown) => this.logger.warn({ err }, 'consumer stop failed'))));
  }

  async close(): Promise<void> {
    this.listening = false;
    await this.stop();
  }

  on(): never {
    throw new Error('the inbox transport emits no events');
  }

  unwrap<T>(): T {
    return this.runners as T;
  }

  private descriptor(type: string): EventDescriptor | undefined {
    return (this.options.events ?? EVENTS).find((d) => d.type === type);
  }

  private problems(): string[] {
    const problems: string[] = [];
    for (const [consumer, handlers] of this.groups) {
      for (const type of handlers.keys()) if (!this.descriptor(type)) problems.push(`${consumer} handles ${type}, which no event descriptor defines`);
      const problem = this.options.runner.registered === false ? undefined : consumerRegistrationProblem(consumer, [...handlers.keys()]);
      if (problem) problems.push(problem);
    }
    const service = this.options.service;
    for (const c of CONSUMERS.filter((c) => service && c.service === service && !this.groups.has(c.group))) {
      problems.push(`consumer group ${c.group} is registered for ${service} but no @InboxConsumer('${c.group}') class is a controller of the app`);
    }
    return problems;
  }
}
