import { appendFileSync } from 'node:fs';
import { KAFKA_OPERATOR_PRINCIPAL, type ServiceName } from '#contracts';
import { repoRoot, startLocalKafka, type LocalKafka, type LocalKafkaOptions } from '#devkit';
import { waitForTopicLeaders, type KafkaSecurity } from '#messaging';

const running = new Map<string, LocalKafka>();

/**
 * Test brokers share one credential set (throwaway clusters on loopback ports), so their formatted
 * storage is made once and copied. Passwords derived from it start with `dev-only-`: refused in production.
 */
const TEST_KAFKA_SECRET = 'test-only-local-kafka-secret';

/**
 * A private real Apache Kafka per test file, on ephemeral ports: one KRaft node by default, three
 * (replication 3, min.insync.replicas 2) for fault tests. SASL/SCRAM and the generated ACLs are on.
 */
export async function startTestBroker(options: Pick<LocalKafkaOptions, 'nodes'> = {}): Promise<LocalKafka> {
  const broker = await startLocalKafka(repoRoot(), { nodes: options.nodes ?? 1, heapMb: 256, secret: TEST_KAFKA_SECRET });
  if (process.env.KAFKA_TIMINGS_FILE) appendFileSync(process.env.KAFKA_TIMINGS_FILE, `${broker.nodeIds.length} ${broker.startupMs}\n`);
  running.set(broker.bootstrap, broker);
  const stop = broker.stop.bind(broker);
  broker.stop = async () => {
    running.delete(broker.bootstrap);
    await stop();
  };
  return broker;
}

/**
 * Service settings for tests against the local broker: quick group timeouts and retries. Each
 * service started by startTestService with this env authenticates as its own principal.
 */
export function testBrokerEnv(broker: LocalKafka): NodeJS.ProcessEnv {
  return {
    KAFKA_BROKERS: broker.bootstrap,
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_FETCH_MAX_WAIT_MS: '100',
    KAFKA_SESSION_TIMEOUT_MS: '6000',
    KAFKA_HEARTBEAT_INTERVAL_MS: '500',
    OUTBOX_POLL_INTERVAL_MS: '200',
    CONSUMER_MAX_ATTEMPTS: '3',
    CONSUMER_RETRY_BACKOFF_MS: '20',
  };
}

/** The service's own principal on a test broker started here (nothing when the env names none). */
export function serviceCredentialsEnv(service: ServiceName, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const broker = env.KAFKA_BROKERS ? running.get(env.KAFKA_BROKERS) : undefined;
  if (!broker || env.KAFKA_SASL_PASSWORD) return {};
  const { username, password } = broker.credentials(env.KAFKA_SASL_USERNAME ?? service);
  return { KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password };
}

/** Client settings for a test's own producers and readers: the operator unless a principal is named. */
export function testKafkaClient(broker: LocalKafka, principal: string = KAFKA_OPERATOR_PRINCIPAL): { brokers: string[]; security: KafkaSecurity } {
  return { brokers: broker.bootstrap.split(','), security: { sasl: broker.credentials(principal) } };
}

/** Polls until `probe` returns a value that passes `done`; fails with the last value seen (generous: CI machines are busy). */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
}

/** Topics outside the registry, for tests of the backbone itself (as the operator). */
export async function createTestTopics(broker: LocalKafka, topics: { name: string; partitions: number }[]): Promise<void> {
  const { Kafka, logLevel } = await import('kafkajs');
  const admin = new Kafka({ clientId: 'test-topics', brokers: broker.bootstrap.split(','), sasl: broker.operator, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const replicationFactor = Math.min(3, broker.nodeIds.length);
    await admin.createTopics({ waitForLeaders: false, topics: topics.map((t) => ({ topic: t.name, numPartitions: t.partitions, replicationFactor })) });
    await waitForTopicLeaders(admin, topics.map((t) => t.name));
  } finally {
    await admin.disconnect();
  }
}
