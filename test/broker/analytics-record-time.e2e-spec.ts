import { Kafka, logLevel } from 'kafkajs';
import { AnalyticsIncidentReportedEvent, AnalyticsStudentGroupCountedEvent, ANALYTICS_INCIDENT_TOPIC, DATA_TEAM_GROUP_PREFIX, DATA_TEAM_PRINCIPAL } from '#contracts';
import type { LocalKafka } from '#devkit';
import { eventually, startTestBroker } from '#testing';
import { startForeignPublisher, type ForeignPublisher } from '../../apps/support-plans/test/support/foreign-publisher.js';

// Issue 14 item 1 (R12), at the broker: what the data team receives carries no time finer than the
// day, neither in `ce_time` nor in the Kafka record's own timestamp, which would otherwise be the
// millisecond of publishing and line up with the incident's record on incidents.incident.v1.
describe('analytics records on the real broker carry day-level time only (R12)', () => {
  let broker: LocalKafka;
  let publisher: ForeignPublisher;

  beforeAll(async () => {
    broker = await startTestBroker();
    publisher = await startForeignPublisher(broker, 'incidents');
  }, 120_000);
  afterAll(async () => {
    await publisher?.close();
    await broker?.stop();
  });

  it('the record timestamp is midnight UTC of the event day, as ce_time is', async () => {
    await publisher.publish(AnalyticsIncidentReportedEvent, {
      analyticIncidentId: 'A'.repeat(43),
      campusId: 'campus-hs-01',
      occurredOn: '2026-11-23',
      type: 'welfare-check' as const,
      mentalHealthCrisis: false,
      studentPseudonyms: ['p'.repeat(43)],
      pseudonymKeyId: 'k1',
      analyticKeyId: 'a1',
    });
    await eventually(() => publisher.drained(), (d) => d);

    const kafka = new Kafka({ clientId: 'data-team-test', brokers: broker.bootstrap.split(','), sasl: broker.credentials(DATA_TEAM_PRINCIPAL), logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `${DATA_TEAM_GROUP_PREFIX}record-time`, maxWaitTimeInMs: 200 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: ANALYTICS_INCIDENT_TOPIC, fromBeginning: true });
      const seen = await new Promise<{ timestamp: string; ceTime: string }>((resolve) => {
        void consumer.run({
          eachMessage: async ({ message }) => resolve({ timestamp: message.timestamp, ceTime: String(message.headers?.ce_time) }),
        });
      });
      const today = new Date().toISOString().slice(0, 10);
      expect(seen.ceTime).toBe(`${today}T00:00:00Z`);
      expect(new Date(Number(seen.timestamp)).toISOString()).toBe(`${today}T00:00:00.000Z`);
    } finally {
      await consumer.disconnect();
    }
  }, 60_000);

  // Issue 18: a student's group records must not share a day with the facts written with them.
  it('a student-group record carries the first of the month only, in ce_time and the record timestamp', async () => {
    await publisher.publish(AnalyticsStudentGroupCountedEvent, AnalyticsStudentGroupCountedEvent.example);
    await eventually(() => publisher.drained(), (d) => d);

    const kafka = new Kafka({ clientId: 'data-team-test', brokers: broker.bootstrap.split(','), sasl: broker.credentials(DATA_TEAM_PRINCIPAL), logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `${DATA_TEAM_GROUP_PREFIX}record-time-groups`, maxWaitTimeInMs: 200 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: ANALYTICS_INCIDENT_TOPIC, fromBeginning: true });
      const seen = await new Promise<{ timestamp: string; ceTime: string }>((resolve) => {
        void consumer.run({
          eachMessage: async ({ message }) => {
            if (String(message.headers?.ce_type) === AnalyticsStudentGroupCountedEvent.type) resolve({ timestamp: message.timestamp, ceTime: String(message.headers?.ce_time) });
          },
        });
      });
      const month = new Date().toISOString().slice(0, 8);
      expect(seen.ceTime).toBe(`${month}01T00:00:00Z`);
      expect(new Date(Number(seen.timestamp)).toISOString()).toBe(`${month}01T00:00:00.000Z`);
    } finally {
      await consumer.disconnect();
    }
  }, 60_000);
});
