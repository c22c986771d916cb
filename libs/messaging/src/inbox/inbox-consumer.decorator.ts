import { applyDecorators, Catch, Controller, type RpcExceptionFilter, type Type, UseFilters } from '@nestjs/common';
import { PATTERN_EXTRAS_METADATA, PATTERN_METADATA } from '@nestjs/microservices/constants.js';
import { throwError, type Observable } from 'rxjs';

const INBOX_CONSUMER = Symbol('INBOX_CONSUMER');

/**
 * Hands a handler's failure to the consumer runner unchanged. Nest's default RPC filter logs it
 * and replaces it with "Internal server error"; the runner needs the error itself to tell a
 * database outage (retried without limit, never dead-lettered) from a handler that rejects the
 * event (retried, then dead-lettered with its message).
 */
@Catch()
class PassToInbox implements RpcExceptionFilter {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}

/**
 * Makes a class the handler of one consumer group, e.g.
 * `@InboxConsumer('incidents.co-responder-roster')`, whose `@EventPattern<string>('<event type>')`
 * methods take `(@Payload() event: CloudEvent<Data>, @Ctx() inbox: InboxContext)` (the explicit
 * `<string>` selects Nest's plain overload: its typed event-map overload cannot type `@Ctx()`). The name is the consumer
 * group and the inbox key (and must be registered in libs/contracts CONSUMERS): it is stamped on
 * each method's pattern extras, which is all Nest hands the transport, so that two groups of one
 * service may handle the same event type. List the class in its module's `controllers`: Nest
 * binds @EventPattern methods of controllers only.
 */
export function InboxConsumer(consumer: string): ClassDecorator {
  return (target) => {
    const prototype = target.prototype as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(prototype)) {
      const method = Object.getOwnPropertyDescriptor(prototype, key)?.value as unknown;
      if (typeof method !== 'function' || !Reflect.hasMetadata(PATTERN_METADATA, method)) continue;
      Reflect.defineMetadata(PATTERN_EXTRAS_METADATA, { ...Reflect.getMetadata(PATTERN_EXTRAS_METADATA, method), consumer }, method);
    }
    Reflect.defineMetadata(INBOX_CONSUMER, consumer, target);
    applyDecorators(Controller(), UseFilters(new PassToInbox()))(target);
  };
}

/** The consumer group of an @InboxConsumer class. */
export function inboxConsumerOf(handler: Type<unknown>): string {
  const consumer = Reflect.getMetadata(INBOX_CONSUMER, handler) as string | undefined;
  if (!consumer) throw new Error(`${handler.name} is not an @InboxConsumer`);
  return consumer;
}
