import { Logger } from '@nestjs/common';
import type { LocalKafka } from '#devkit';
import { startTestBroker } from '#testing';
import { createTopics } from './support/kafka.js';
import { Pipeline, PIPELINE_TOPIC, printReport } from './support/pipeline.js';
import { startPrivatePostgres, type PrivatePostgres } from './support/private-postgres.js';

// Issue 13 defect 3: a short database outage must not dead-letter valid events. Writers, relay and
// consumer share a PostgreSQL this test owns and stops for 5 s mid-load.
describe('PostgreSQL down for 5 s under steady writes', () => {
  let broker: LocalKafka;
  let postgres: PrivatePostgres;
  let pipeline: Pipeline;

  beforeAll(async () => {
    Logger.overrideLogger(['fatal']);
    postgres = await startPrivatePostgres();
    broker = await startTestBroker({ nodes: 1 });
    await createTopics(broker, [
      { name: PIPELINE_TOPIC, partitions: 4 },
      { name: `${PIPELINE_TOPIC}.dlt`, partitions: 1 },
    ]);
    pipeline = new Pipeline(broker, postgres.url, 'pipeline');
    await pipeline.start();
  }, 120_000);

  afterAll(async () => {
    await pipeline?.stop();
    await postgres?.destroy();
    await broker?.stop();
  }, 60_000);

  it('loses nothing, applies nothing twice, keeps per-aggregate order and dead-letters nothing', async () => {
    const writing = pipeline.writeSteadily(20_000, 20, 20, 'pg');
    await new Promise((r) => setTimeout(r, 6_000));
    await postgres.stop();
    await new Promise((r) => setTimeout(r, 5_000));
    await postgres.start();
    const faultEnded = Date.now();
    await writing;
    const report = await pipeline.converge('PostgreSQL down 5 s', 'pg', faultEnded);
    printReport(report);
    expect(report.acknowledged).toBeGreaterThan(0);
    expect(report.acknowledged).toBeLessThan(report.writes); // the outage did refuse writes
    expect(report).toMatchObject({ lost: 0, duplicates: 0, outOfOrder: 0, deadLettered: 0 });
    expect(report.convergenceMs).toBeGreaterThanOrEqual(0);
  }, 240_000);
});
