import { AsyncLocalStorage } from 'node:async_hooks';

/** What the code handling one request or one event knows about why it runs. */
export interface TraceContext {
  correlationId: string;
  /** The event being handled, when the work was caused by one. */
  causationId?: string;
  /** The district it acts in (tenancy): set once the caller is authenticated or the event is read. */
  districtId?: string;
  /** That district's IANA time zone (its calendar), from the district directory. */
  timeZone?: string;
}

const storage = new AsyncLocalStorage<TraceContext>();

export const RequestContext = {
  run<T>(ctx: TraceContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
  current(): TraceContext | undefined {
    return storage.getStore();
  },
};
