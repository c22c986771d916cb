import pg from 'pg';
import type { ServiceConfig } from '../config/service-config.js';

/**
 * Three database roles (issue 19): the owner runs migrations; the service's requests and events
 * run as the app role, which row-level security binds to one district; the outbox relay runs as
 * the relay role, which may read every district's outbox and inbox and no other table.
 */
export interface DatabaseRoles {
  ownerUrl: string;
  appUrl: string;
  relayUrl: string;
  appRole: string;
  relayRole: string;
  /** Dev and test: the owner creates the two roles with its own password. Production names its URLs. */
  provision: boolean;
}

export function databaseRoles(config: ServiceConfig): DatabaseRoles {
  const provision = !config.DATABASE_APP_URL;
  return {
    ownerUrl: config.DATABASE_URL,
    appUrl: config.DATABASE_APP_URL ?? asUser(config.DATABASE_URL, config.DB_APP_ROLE),
    relayUrl: config.DATABASE_RELAY_URL ?? asUser(config.DATABASE_URL, config.DB_RELAY_ROLE),
    appRole: config.DATABASE_APP_URL ? userOf(config.DATABASE_APP_URL) : config.DB_APP_ROLE,
    relayRole: config.DATABASE_RELAY_URL ? userOf(config.DATABASE_RELAY_URL) : config.DB_RELAY_ROLE,
    provision,
  };
}

function asUser(url: string, user: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  return u.toString();
}

function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withOwner<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Dev and test only: creates the app and relay roles (never superuser, never bypassing RLS). */
export async function provisionRoles(roles: DatabaseRoles): Promise<void> {
  if (!roles.provision) return;
  const password = decodeURIComponent(new URL(roles.ownerUrl).password);
  await withOwner(roles.ownerUrl, async (client) => {
    for (const role of [roles.appRole, roles.relayRole]) {
      const secret = password ? ` PASSWORD ${client.escapeLiteral(password)}` : '';
      try {
        await client.query(`CREATE ROLE ${ident(role)} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE${secret}`);
      } catch (err) {
        // Another replica or test file created it first (duplicate_object, or unique_violation in the race).
        const code = (err as { code?: string }).code;
        if (code !== '42710' && code !== '23505') throw err;
      }
    }
  });
}

/**
 * After migrations, as the owner: the app role may read and write the service's tables (RLS
 * still filters every row), the relay role only the outbox and the inbox.
 */
export async function grantSchema(roles: DatabaseRoles, schema: string): Promise<void> {
  const s = ident(schema);
  const [app, relay] = [ident(roles.appRole), ident(roles.relayRole)];
  await withOwner(roles.ownerUrl, async (client) => {
    await client.query(`GRANT USAGE ON SCHEMA ${s} TO ${app}, ${relay}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${app}`);
    await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${s} TO ${app}`);
    await client.query(`REVOKE ALL ON ${s}.migrations FROM ${app}`);
    await client.query(`GRANT SELECT, UPDATE, DELETE ON ${s}.outbox, ${s}.inbox TO ${relay}`);
  });
}

export class RowSecurityBypassError extends Error {
  override name = 'RowSecurityBypassError';
}

/** Start-up refuses an app connection that would not be bound by row-level security. */
export async function assertBoundByRowSecurity(query: (sql: string) => Promise<{ rolsuper: boolean; rolbypassrls: boolean; rolname: string }[]>): Promise<void> {
  const [role] = await query(`SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
  if (!role || role.rolsuper || role.rolbypassrls) {
    throw new RowSecurityBypassError(
      `the service's database role ${role?.rolname ?? '(unknown)'} bypasses row-level security; connect it as a role without SUPERUSER and BYPASSRLS (DATABASE_APP_URL)`,
    );
  }
}
