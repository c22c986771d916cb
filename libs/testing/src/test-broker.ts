import { repoRoot, startLocalBroker, type LocalBroker } from '#devkit';

/** A private 3-node Kafka-protocol cluster per test file, on ephemeral ports. */
export function startTestBroker(): Promise<LocalBroker> {
  return startLocalBroker(repoRoot(), { brokers: 3, fetchWaitMaxMs: 10 });
}

/**
 * Service settings for tests against the local broker: short fetch waits and group timeouts
 * (a rebalance on the mock waits for the session timeout), quick retries.
 */
export function testBrokerEnv(broker: LocalBroker): NodeJS.ProcessEnv {
  return {
    KAFKA_BROKERS: broker.bootstrap,
    KAFKA_FETCH_MAX_WAIT_MS: '100',
    KAFKA_SESSION_TIMEOUT_MS: '6000',
    KAFKA_HEARTBEAT_INTERVAL_MS: '500',
    OUTBOX_POLL_INTERVAL_MS: '200',
    CONSUMER_MAX_ATTEMPTS: '3',
    CONSUMER_RETRY_BACKOFF_MS: '20',
  };
}

/** Polls until `probe` returns a value that passes `done`; fails with the last value seen. */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
}
