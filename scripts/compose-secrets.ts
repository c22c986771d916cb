// Writes the docker-compose stack's Kafka secrets into .dev/compose/ (git-ignored), once: a random
// password per principal (the operator, each service, the data team), the broker's JAAS file and
// the operator's client properties. Existing files are kept, so passwords survive restarts.
//   npm run -s compose:secrets
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KAFKA_OPERATOR_PRINCIPAL, kafkaPrincipals } from '#contracts';
import { repoRoot } from '#devkit';

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
process.stdout.write(`Kafka secrets for docker compose are in ${dir}\n`);
