import { KAFKAJS_IDLE_FIX_APPLIES, kafkajsRequestQueue } from './kafkajs-idle-fix.js';

// kafkajs#1556: an idle connection re-armed a 1 ms timer forever. The idle-CPU bench (bench/idle-cpu.ts) shows the effect.
describe('kafkajs request queue when idle', () => {
  const queue = (pending: unknown[], throttledUntil = -1) => ({
    pending,
    throttledUntil,
    throttleCheckTimeoutId: null as NodeJS.Timeout | null,
    checkPendingRequests: () => undefined,
  });

  it('applies to the kafkajs version we install', () => {
    expect(KAFKAJS_IDLE_FIX_APPLIES).toBe(true);
  });

  it('schedules nothing when no request waits and nothing is throttled', () => {
    const q = queue([]);
    kafkajsRequestQueue().prototype.scheduleCheckPendingRequests.call(q);
    expect(q.throttleCheckTimeoutId).toBeNull();
  });

  it('still checks again soon when requests wait, and after a throttle ends', () => {
    const waiting = queue([{}]);
    kafkajsRequestQueue().prototype.scheduleCheckPendingRequests.call(waiting);
    expect(waiting.throttleCheckTimeoutId).not.toBeNull();
    clearTimeout(waiting.throttleCheckTimeoutId!);
    const throttled = queue([], Date.now() + 60_000);
    kafkajsRequestQueue().prototype.scheduleCheckPendingRequests.call(throttled);
    expect(throttled.throttleCheckTimeoutId).not.toBeNull();
    clearTimeout(throttled.throttleCheckTimeoutId!);
  });
});
