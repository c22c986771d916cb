// Verifies the hash chain of support-plans' record of disclosures (R7) and reports every break.
// Usage: npm run disclosures:verify (against the running `npm start` system: its .dev/database.env), or
//        DATABASE_URL=postgres://… [DB_SCHEMA=support] node dist/scripts/disclosures-verify.js
// Exit codes: 0 intact, 1 broken, 2 could not check (configuration or database error).
import { join } from 'node:path';
import { repoRoot } from '#devkit';
import { runDisclosuresVerify } from '../apps/support-plans/src/disclosures/verify-disclosures/verify-command.js';

process.exitCode = await runDisclosuresVerify(
  process.env,
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
  join(repoRoot(), '.dev', 'database.env'),
);
