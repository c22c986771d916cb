import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { verifyDisclosureLog } from './verify-log.js';

/** KEY=VALUE lines of an env file (the dev runner's .dev/database.env); {} when it does not exist. */
export function readEnvFile(file: string | undefined): NodeJS.ProcessEnv {
  if (!file || !existsSync(file)) return {};
  const lines = readFileSync(file, 'utf8').split('\n');
  return Object.fromEntries(lines.map((l) => l.match(/^([A-Z_]+)=(.*)$/)).filter((m) => m !== null).map((m) => [m[1], m[2]]));
}

/**
 * `node dist/scripts/disclosures-verify.js`: checks the record of disclosures in DATABASE_URL /
 * DB_SCHEMA (default `support`). Without DATABASE_URL it reads `devEnvFile`, which `npm start`
 * writes for its database (the banner masks the password). Returns the exit code: 0 intact,
 * 1 broken, 2 could not check.
 */
export async function runDisclosuresVerify(env: NodeJS.ProcessEnv, out: (line: string) => void, err: (line: string) => void, devEnvFile?: string): Promise<number> {
  const source = env.DATABASE_URL ? env : readEnvFile(devEnvFile);
  const url = source.DATABASE_URL;
  const schema = env.DB_SCHEMA || source.DB_SCHEMA || 'support';
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    err('disclosures-verify: start the dev system (npm start), or set DATABASE_URL (postgres://…) and, if not "support", DB_SCHEMA');
    return 2;
  }
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { checked, unsealed, breaks, districts } = await verifyDisclosureLog(client, schema);
    const across = districts > 1 ? ` across ${districts} districts` : '';
    // Not sealed yet is not a break: the sealer links them moments after they commit.
    const pending = unsealed > 0 ? `; ${unsealed} not sealed yet` : '';
    if (breaks.length === 0) {
      out(`record of disclosures ${schema}: intact (${checked} entries${across}${pending})`);
      return 0;
    }
    out(`record of disclosures ${schema}: BROKEN, ${breaks.length} problem(s) in ${checked} entries${across}${pending}`);
    for (const b of breaks) out(`  ${districts > 1 ? `district ${b.districtId} ` : ''}entry ${b.seq}: ${b.problem}`);
    return 1;
  } catch (e) {
    err(`disclosures-verify: could not check: ${(e as Error).message}`);
    return 2;
  } finally {
    await client.end().catch(() => undefined);
  }
}
