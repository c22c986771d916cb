// Replays a dead-letter topic into the topic its records came from (issue 13), or lists them.
// Usage: npm run dlt:replay -- --dlt <topic>.dlt [--dry-run] [--limit N]
// Env: KAFKA_BROKERS, and KAFKA_SASL_MECHANISM / KAFKA_SASL_USERNAME / KAFKA_SASL_PASSWORD for a
// principal that may read the DLT and write the source topic (the operator).
// Exit codes: 0 done, 2 bad arguments or configuration, 1 the replay failed.
import { parseArgs } from 'node:util';
import { replayDeadLetters } from '../libs/messaging/src/dlt/dlt-replay.js';

const usage = 'usage: npm run dlt:replay -- --dlt <topic>.dlt [--dry-run] [--limit N]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { dlt: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, limit: { type: 'string' } } }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${usage}\n`);
    return 2;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  const brokers = process.env.KAFKA_BROKERS?.split(',').filter(Boolean);
  const mechanism = process.env.KAFKA_SASL_MECHANISM as 'scram-sha-512' | 'scram-sha-256' | 'plain' | undefined;
  if (!values.dlt?.endsWith('.dlt') || (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) || !brokers?.length) {
    process.stderr.write(`${usage}\n(KAFKA_BROKERS is required; --dlt must name a .dlt topic; --limit a positive integer)\n`);
    return 2;
  }
  const sasl = mechanism ? { mechanism, username: process.env.KAFKA_SASL_USERNAME ?? '', password: process.env.KAFKA_SASL_PASSWORD ?? '' } : undefined;
  try {
    await replayDeadLetters({
      brokers,
      security: { sasl, ssl: process.env.KAFKA_SSL === 'true', caFile: process.env.KAFKA_SSL_CA_FILE },
      dlt: values.dlt,
      dryRun: values['dry-run'],
      limit,
      log: (line) => process.stdout.write(`${line}\n`),
    });
    return 0;
  } catch (err) {
    process.stderr.write(`dlt replay failed: ${(err as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main();
