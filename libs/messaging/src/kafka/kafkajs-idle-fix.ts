import { createRequire } from 'node:module';

/**
 * kafkajs 2.2.4 re-arms a setTimeout with a negative delay on every connection whenever it has no
 * pending request, so each idle connection spins at about 1 kHz (tulios/kafkajs#1556, #1704; the fix
 * in PR #1667 was never released). With four services and a dozen consumer groups that was most of
 * the idle CPU. This keeps kafkajs's own behaviour except that an idle, unthrottled queue schedules
 * nothing: a new request or a finished one runs the check anyway.
 */
interface RequestQueueInternals {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
}

const CHECK_PENDING_REQUESTS_INTERVAL = 10; // kafkajs's own constant

const require = createRequire(import.meta.url);
const { version } = require('kafkajs/package.json') as { version: string };
const RequestQueue = require('kafkajs/src/network/requestQueue/index.js') as { prototype: RequestQueueInternals };

export const KAFKAJS_IDLE_FIX_APPLIES = version === '2.2.4';

if (KAFKAJS_IDLE_FIX_APPLIES) {
  RequestQueue.prototype.scheduleCheckPendingRequests = function scheduleCheckPendingRequests(this: RequestQueueInternals) {
    if (this.throttleCheckTimeoutId) return;
    let scheduleAt = this.throttledUntil - Date.now();
    if (this.pending.length === 0 && scheduleAt <= 0) return;
    if (this.pending.length > 0 && scheduleAt <= 0) scheduleAt = CHECK_PENDING_REQUESTS_INTERVAL;
    this.throttleCheckTimeoutId = setTimeout(() => {
      this.throttleCheckTimeoutId = null;
      this.checkPendingRequests();
    }, scheduleAt);
  };
}

/** The RequestQueue class as patched, for the test that proves an idle queue schedules nothing. */
export function kafkajsRequestQueue(): { prototype: RequestQueueInternals } {
  return RequestQueue;
}
