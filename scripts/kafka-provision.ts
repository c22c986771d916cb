// Creates every registry topic (DLTs included) and the generated ACLs on a Kafka you run: the
// compose stack's one-shot `kafka-provision` job, or a managed cluster. Run as an operator principal:
//   KAFKA_BROKERS=host:9092 KAFKA_SASL_MECHANISM=scram-sha-512 [KAFKA_SASL_USERNAME=admin] \
//   KAFKA_SASL_PASSWORD=... [KAFKA_SSL=true KAFKA_SSL_CA_FILE=ca.pem] \
//   [KAFKA_REPLICATION_FACTOR=3 KAFKA_MIN_INSYNC_REPLICAS=2 KAFKA_ACLS=true] npm run -s kafka:provision
// Idempotent: existing topics are kept, ACLs are set-like.
import { KAFKA_OPERATOR_PRINCIPAL } from '#contracts';
import { kafkaSecurityFromEnv, provisionKafka } from '#messaging';

function env(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
}

async function main(): Promise<void> {
  const security = kafkaSecurityFromEnv(process.env, KAFKA_OPERATOR_PRINCIPAL);
  if (security.sasl && !security.sasl.password) throw new Error('KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE is required with KAFKA_SASL_MECHANISM');
  const result = await provisionKafka({
    brokers: env('KAFKA_BROKERS').split(','),
    security,
    replicationFactor: Number(env('KAFKA_REPLICATION_FACTOR', '3')),
    minInsyncReplicas: Number(env('KAFKA_MIN_INSYNC_REPLICAS', '2')),
    acls: env('KAFKA_ACLS', 'true') === 'true',
  });
  process.stdout.write(`topics created ${result.topicsCreated}, already present ${result.topicsPresent}; ACLs applied ${result.aclsApplied}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`kafka provisioning failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
