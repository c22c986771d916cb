import pg from 'pg';

/**
 * Readiness's own database connection. Readiness through the request pool fails when the pool is
 * busy (a probe queued behind 64 requests times out) and says nothing about the database; one
 * dedicated connection answers "is PostgreSQL there" whatever the load.
 */
export class DatabaseProbe {
  private client?: Promise<pg.Client>;

  constructor(
    private readonly url: string,
    private readonly applicationName: string,
  ) {}

  async ping(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timeout ${timeoutMs} ms`)), timeoutMs)));
    try {
      await Promise.race([this.query(timeoutMs), timeout]);
    } catch (err) {
      await this.close();
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.then((c) => c.end()).catch(() => undefined);
  }

  private async query(timeoutMs: number): Promise<void> {
    this.client ??= (async () => {
      const client = new pg.Client({ connectionString: this.url, application_name: this.applicationName, connectionTimeoutMillis: timeoutMs, statement_timeout: timeoutMs });
      client.on('error', () => void this.close());
      await client.connect();
      return client;
    })();
    const client = await this.client;
    await client.query('SELECT 1');
  }
}
