/**
 * Polls `probe` until it answers `true`; any other answer, or an error, says what is still missing
 * and ends up in the time-out message. Cluster metadata spreads to brokers a moment apart, so
 * provisioning and local brokers wait on what the brokers report, not on what a call returned.
 */
export async function untilReady(what: string, timeoutMs: number, probe: () => Promise<true | string>, everyMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    try {
      const answer = await probe();
      if (answer === true) return;
      last = answer;
    } catch (err) {
      last = (err as Error).message;
    }
    if (Date.now() >= deadline) throw new Error(`${what} not ready after ${timeoutMs} ms: ${last}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
