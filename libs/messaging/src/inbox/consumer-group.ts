import type { EntityManager } from 'typeorm';
import type { CloudEvent, EventDescriptor } from '#contracts';

/**
 * What one ConsumerRunner applies: a consumer group, the events it takes, and how to apply one.
 * Services do not write these: the inbox transport builds one per @InboxConsumer class. Each group
 * is its own Kafka consumer group and inbox key, so it sees every event once, whatever the others do.
 */
export interface ConsumerGroup {
  /** Stable name, e.g. `incidents.co-responder-eligibility`: the consumer group and inbox key. */
  readonly consumer: string;
  readonly handles: readonly EventDescriptor[];
  /** Runs inside the transaction that records the event in the inbox. */
  handle(event: CloudEvent<unknown>, em: EntityManager): Promise<void>;
}
