import { Kafka, logLevel, type SASLOptions } from 'kafkajs';
import {
  ANALYTICS_INCIDENT_TOPIC,
  DATA_TEAM_GROUP_PREFIX,
  DATA_TEAM_PRINCIPAL,
  INCIDENTS_INCIDENT_TOPIC,
  SUPPORT_PLAN_TOPIC,
  SUPPORT_REFERRAL_TOPIC,
  TOPICS,
  TRAINING_CERTIFICATION_TOPIC,
} from '#contracts';
import type { LocalKafka } from '#devkit';
import { startTestBroker } from '#testing';

type Outcome = 'ok' | string;

/** The broker's answer, as an error type name (TOPIC_AUTHORIZATION_FAILED, ...) or 'ok'. */
function outcomeOf(err: unknown): Outcome {
  const e = err as { type?: string; name?: string; message?: string; cause?: { type?: string } };
  return e.type ?? e.cause?.type ?? e.name ?? String(e.message);
}

// Issue 12: audiences are enforced by the broker (SASL/SCRAM principals + ACLs generated from the
// topic and consumer registries), not only by documentation. Real Apache Kafka over TCP.
describe('broker-enforced audiences: SASL principals and registry-generated ACLs on real Kafka', () => {
  let broker: LocalKafka;
  /** Protocol errors the broker answered with, as kafkajs logs them (some it wraps into other errors). */
  const brokerErrors: string[] = [];
  const kafka = (principal: string, sasl?: SASLOptions) =>
    new Kafka({
      clientId: `audience-test-${principal}`,
      brokers: broker.bootstrap.split(','),
      sasl: sasl ?? broker.credentials(principal),
      logLevel: logLevel.DEBUG,
      logCreator: () => (entry) => {
        const error = (entry.log as { error?: unknown }).error;
        if (typeof error === 'string') brokerErrors.push(error);
        else if (error && typeof error === 'object' && 'type' in error) brokerErrors.push(String((error as { type: string }).type));
      },
      retry: { retries: 5, initialRetryTime: 200 },
    });

  /** Services publish with the idempotent producer; the data team has no idempotent-write grant at all. */
  async function produce(principal: string, topic: string, idempotent = true): Promise<Outcome> {
    const producer = kafka(principal).producer({ idempotent, maxInFlightRequests: 1 });
    try {
      await producer.connect();
      await producer.send({ topic, acks: -1, messages: [{ key: 'k', value: JSON.stringify({ from: principal }) }] });
      return 'ok';
    } catch (err) {
      return outcomeOf(err);
    } finally {
      await producer.disconnect().catch(() => undefined);
    }
  }

  /** Reads the topic from its start as `principal` in `group`; 'ok' once a record arrives. */
  async function read(principal: string, topic: string, group: string): Promise<Outcome> {
    const consumer = kafka(principal).consumer({ groupId: group, maxWaitTimeInMs: 200, sessionTimeout: 6000, heartbeatInterval: 500 });
    try {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      return await new Promise<Outcome>((resolve, reject) => {
        const timer = setTimeout(() => resolve('no records within 20 s'), 20_000);
        consumer.on(consumer.events.CRASH, (e) => (clearTimeout(timer), resolve(outcomeOf(e.payload.error))));
        consumer.run({ eachMessage: async () => (clearTimeout(timer), resolve('ok')) }).catch(reject);
      });
    } catch (err) {
      return outcomeOf(err);
    } finally {
      await consumer.disconnect().catch(() => undefined);
    }
  }

  beforeAll(async () => {
    broker = await startTestBroker();
    // One record on every registry topic, written by its owner, so a refused read is the ACL and not an empty topic.
    for (const topic of TOPICS) expect(await produce(topic.owner, topic.name)).toBe('ok');
  }, 120_000);
  afterAll(() => broker?.stop());

  it('the data team reads analytics.incident.v1 with a group under its prefix', async () => {
    expect(await read(DATA_TEAM_PRINCIPAL, ANALYTICS_INCIDENT_TOPIC, `${DATA_TEAM_GROUP_PREFIX}outcomes`)).toBe('ok');
  }, 30_000);

  it('the data team is refused incidents.incident.v1 (raw student ids) and every clinical-only topic', async () => {
    const refused = [INCIDENTS_INCIDENT_TOPIC, ...TOPICS.filter((t) => t.audience === 'clinical-only').map((t) => t.name)];
    expect(refused.length).toBeGreaterThan(3);
    for (const topic of refused) {
      expect({ topic, outcome: await read(DATA_TEAM_PRINCIPAL, topic, `${DATA_TEAM_GROUP_PREFIX}join-attempt`) }).toEqual({
        topic,
        outcome: 'TOPIC_AUTHORIZATION_FAILED',
      });
    }
  }, 120_000);

  it('the data team may not use a group outside its prefix', async () => {
    brokerErrors.length = 0;
    // kafkajs reports a refused FindCoordinator as "coordinator not found"; the broker's answer is in its log.
    expect(await read(DATA_TEAM_PRINCIPAL, ANALYTICS_INCIDENT_TOPIC, 'incidents.support-disclosures')).toBe('KafkaJSGroupCoordinatorNotFound');
    expect(brokerErrors).toContain('GROUP_AUTHORIZATION_FAILED');
  }, 30_000);

  it('the incidents principal cannot read support.referral.v1 or support.plan.v1, even with its own group', async () => {
    for (const topic of [SUPPORT_REFERRAL_TOPIC, SUPPORT_PLAN_TOPIC]) {
      expect(await read('incidents', topic, 'incidents.support-disclosures')).toBe('TOPIC_AUTHORIZATION_FAILED');
    }
  }, 60_000);

  it('a service cannot produce to another service’s topic, and writes its own', async () => {
    expect(await produce('incidents', TRAINING_CERTIFICATION_TOPIC)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produce('staffing', SUPPORT_PLAN_TOPIC)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produce(DATA_TEAM_PRINCIPAL, ANALYTICS_INCIDENT_TOPIC)).toBe('CLUSTER_AUTHORIZATION_FAILED');
    expect(await produce(DATA_TEAM_PRINCIPAL, ANALYTICS_INCIDENT_TOPIC, false)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produce('training', TRAINING_CERTIFICATION_TOPIC)).toBe('ok');
  }, 60_000);

  it('refuses a wrong password and an unknown principal', async () => {
    const wrong = { mechanism: 'scram-sha-512' as const, username: 'incidents', password: 'not-the-password' };
    const admin = kafka('incidents', wrong).admin();
    await expect(admin.connect()).rejects.toThrow(/SASL SCRAM SHA512 authentication failed|Authentication failed/i);
    const stranger = kafka('nobody', { mechanism: 'scram-sha-512', username: 'nobody', password: 'x' }).admin();
    await expect(stranger.connect()).rejects.toThrow(/authentication failed/i);
  }, 30_000);
});
