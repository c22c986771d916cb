// Verifies the hash chain of support-plans' record of disclosures (R7) and reports every break.
// Usage: DATABASE_URL=postgres://… [DB_SCHEMA=support] node dist/scripts/disclosures-verify.js
// Exit codes: 0 intact, 1 broken, 2 could not check (configuration or database error).
import pg from 'pg';
import { verifyDisclosureLog } from '../apps/support-plans/src/disclosures/verify-log.js';

const url = process.env.DATABASE_URL;
const schema = process.env.DB_SCHEMA || 'support';
if (!url || !/^postgres(ql)?:\/\//.test(url)) {
  process.stderr.write('disclosures-verify: set DATABASE_URL (postgres://…) and, if not "support", DB_SCHEMA\n');
  process.exit(2);
}

const client = new pg.Client({ connectionString: url });
try {
  await client.connect();
  const { checked, breaks } = await verifyDisclosureLog(client, schema);
  if (breaks.length === 0) {
    process.stdout.write(`record of disclosures ${schema}: intact (${checked} entries)\n`);
    process.exitCode = 0;
  } else {
    process.stdout.write(`record of disclosures ${schema}: BROKEN, ${breaks.length} problem(s) in ${checked} entries\n`);
    for (const b of breaks) process.stdout.write(`  entry ${b.seq}: ${b.problem}\n`);
    process.exitCode = 1;
  }
} catch (err) {
  process.stderr.write(`disclosures-verify: could not check: ${(err as Error).message}\n`);
  process.exitCode = 2;
} finally {
  await client.end().catch(() => undefined);
}
