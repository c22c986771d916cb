// The docker-compose stack's database roles (issue 19): the owner (DATABASE_URL, fixed in the
// compose file) migrates; the services run as the app role, bound by row-level security, and their
// outbox relays as the relay role. `compose:secrets` writes random passwords for the two and the env
// file the services load; the `postgres-roles` one-shot creates the roles from the same passwords.
// Pure, so test/deploy/manifests.spec.ts checks the compose file against it.

/** The compose services' `env_file`, relative to the repository (git-ignored). */
export const COMPOSE_DATABASE_ENV_FILE = '.dev/compose/database.env';

/** Role name → the compose secret holding its password (mounted at /run/secrets/<secret>). */
export const COMPOSE_DATABASE_ROLES = {
  app: { role: 'district_app', secret: 'postgres_app_password' },
  relay: { role: 'district_relay', secret: 'postgres_relay_password' },
} as const;

const SERVER = 'postgres:5432/joint_response';

/** The env file's variables, given the two passwords (base64url, so no escaping is needed). */
export function composeDatabaseEnv(passwords: { app: string; relay: string }): Record<'DATABASE_APP_URL' | 'DATABASE_RELAY_URL', string> {
  const url = (role: string, password: string) => `postgres://${role}:${encodeURIComponent(password)}@${SERVER}`;
  return {
    DATABASE_APP_URL: url(COMPOSE_DATABASE_ROLES.app.role, passwords.app),
    DATABASE_RELAY_URL: url(COMPOSE_DATABASE_ROLES.relay.role, passwords.relay),
  };
}
