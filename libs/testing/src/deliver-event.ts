import type { INestApplicationContext, Type } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '#contracts';
import { InboxTransport, inboxConsumerOf } from '#messaging';

/**
 * Applies an event in `em` to an @InboxConsumer class of a running service, through the inbox
 * transport and Nest's handler proxy exactly as the consumer runner does, without the broker and
 * the inbox claim: for tests about a projection's effect. Rejects with the handler's own error.
 */
export function deliverEvent(app: INestApplicationContext, handler: Type<unknown>, event: CloudEvent, em: EntityManager): Promise<void> {
  return app.get(InboxTransport).deliver(inboxConsumerOf(handler), event, em);
}
