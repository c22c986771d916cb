// Writes the docker-compose stack's secrets into .dev/compose/ (git-ignored), once: a random Kafka
// password per principal (the operator, each service, the data team), the broker's JAAS file and
// the operator's client properties; a random password for each database role bound by row-level
// security and the env file with their URLs. Existing files are kept, so passwords survive restarts.
//   npm run -s compose:secrets
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KAFKA_OPERATOR_PRINCIPAL, kafkaPrincipals } from '#contracts';
import { repoRoot } from '#devkit';
import { COMPOSE_DATABASE_ENV_FILE, COMPOSE_DATABASE_ROLES, composeDatabaseEnv } from './compose-database.js';

const dir = join(repoRoot(), '.dev', 'compose');
mkdirSync(dir, { recursive: true });

// Compose mounts these into containers running as another user, so they are readable (0644) on
// this machine: a local demo stack, never production (use your secret store there).
function ensure(file: string, make: () => string): string {
  const path = join(dir, file);
  if (!existsSync(path)) writeFileSync(path, make(), { mode: 0o644 });
  return readFileSync(path, 'utf8').trim();
}

const passwordFile = (principal: string) => `kafka_${principal.replace(/-/g, '_')}_password`;
const password = (principal: string) => ensure(passwordFile(principal), () => randomBytes(24).toString('base64url'));

const admin = password(KAFKA_OPERATOR_PRINCIPAL);
for (const p of kafkaPrincipals()) password(p);
const op = KAFKA_OPERATOR_PRINCIPAL;
const plain = `org.apache.kafka.common.security.plain.PlainLoginModule required username="${op}" password="${admin}" user_${op}="${admin}";`;
writeFileSync(
  join(dir, 'kafka_jaas.conf'),
  [`controller.KafkaServer {\n  ${plain}\n};`, `internal.KafkaServer {\n  ${plain}\n};`, 'client.KafkaServer {\n  org.apache.kafka.common.security.scram.ScramLoginModule required;\n};', ''].join('\n'),
  { mode: 0o644 },
);
writeFileSync(
  join(dir, 'kafka_admin_client.properties'),
  `security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${KAFKA_OPERATOR_PRINCIPAL}" password="${admin}";\n`,
  { mode: 0o644 },
);
const databasePassword = (secret: string) => ensure(secret, () => randomBytes(24).toString('base64url'));
const databaseEnv = composeDatabaseEnv({
  app: databasePassword(COMPOSE_DATABASE_ROLES.app.secret),
  relay: databasePassword(COMPOSE_DATABASE_ROLES.relay.secret),
});
writeFileSync(
  join(repoRoot(), COMPOSE_DATABASE_ENV_FILE),
  Object.entries(databaseEnv).map(([k, v]) => `${k}=${v}\n`).join(''),
  { mode: 0o600 },
);
process.stdout.write(`Kafka and database secrets for docker compose are in ${dir}\n`);
