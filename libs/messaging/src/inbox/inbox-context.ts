import { BaseRpcContext } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';

/**
 * What an inbox handler gets beside the event (`@Ctx()`): the transaction that records the event
 * in the inbox. Writing through `em` makes the handler's effect commit with the inbox claim, or
 * roll back with it to the event's savepoint.
 */
export class InboxContext extends BaseRpcContext<[EntityManager, string]> {
  get em(): EntityManager {
    return this.args[0];
  }

  /** The consumer group (and inbox key) the event is applied for. */
  get consumer(): string {
    return this.args[1];
  }
}

