import { Inject, type Type } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { CloudEvent, EventDefinition } from '#contracts';
import { currentDistrictId, PLATFORM_DISTRICT_ID, sqlQuery, type SqlQuery } from '#platform';
import { InboxConsumer } from '../inbox/inbox-consumer.decorator.js';
import type { InboxContext } from '../inbox/inbox-context.js';

export interface PlatformDataConsumerOptions<T, H> {
  group: string;
  /** Whole-state events of one aggregate (registered, updated...). */
  events: readonly EventDefinition<T>[];
  /** For the error of an event stamped with a district: "district registry". */
  what: string;
  /** The in-memory holder (a platform provider) and how it takes one entry. */
  holder: Type<H>;
  remember: (holder: H, data: T) => void;
  /** Upserts the row, in the inbox transaction (platform tenant). */
  save: (query: SqlQuery, data: T) => Promise<void>;
}

/**
 * A service's copy of platform data (the district registry, sharing agreements) kept in step with
 * its topic: the row in the platform tenant, then the in-memory holder tokens and dispatch read.
 */
export function platformDataConsumer<T, H>(o: PlatformDataConsumerOptions<T, H>): Type<unknown> {
  @InboxConsumer(o.group)
  class PlatformDataConsumer {
    constructor(@Inject(o.holder) private readonly holder: H) {}

    @EventPattern<string[]>(o.events.map((e) => e.type))
    async apply(@Payload() event: CloudEvent<T>, @Ctx() { em }: InboxContext): Promise<void> {
      // Platform data lives in the platform tenant; an event stamped with a district is not the platform's.
      if (currentDistrictId() !== PLATFORM_DISTRICT_ID) throw new Error(`${o.what} event outside the ${PLATFORM_DISTRICT_ID} tenant`);
      await o.save(sqlQuery(em), event.data);
      // Before the commit: should it roll back, the event is applied again, and every replica rereads the table anyway.
      o.remember(this.holder, event.data);
    }
  }
  return PlatformDataConsumer;
}
