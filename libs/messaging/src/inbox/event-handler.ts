import type { EntityManager } from 'typeorm';
import type { CloudEvent, EventDescriptor } from '#contracts';

/**
 * Applies events of some types to local state. Each handler is its own consumer group and inbox
 * key (`consumer`), so it sees every event once, whatever the other handlers do.
 */
export interface EventHandler {
  /** Stable name, e.g. `incidents.co-responder-eligibility`: the consumer group and inbox key. */
  readonly consumer: string;
  readonly handles: readonly EventDescriptor[];
  /** Runs inside the transaction that records the event in the inbox. */
  handle(event: CloudEvent<unknown>, em: EntityManager): Promise<void>;
}
