import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { KAFKA_OPERATOR_PRINCIPAL, kafkaPrincipals } from '#contracts';
import type { KafkaDistribution } from './kafka-distribution.js';
import { nodeConfig } from './kafka-node-config.js';

const run = promisify(execFile);

/**
 * Storage formatted once per Kafka version and credential set, with every principal's SCRAM
 * credential in its bootstrap metadata; nodes get a copy with their own ids. Formatting is a JVM
 * run of seconds, copying is instant. Kept in .dev/kafka/<version>/storage-templates.
 */
export async function formattedStorageTemplate(
  dist: KafkaDistribution,
  secret: string,
  credentials: (principal: string) => { username: string; password: string },
): Promise<string> {
  const principals = [KAFKA_OPERATOR_PRINCIPAL, ...kafkaPrincipals()];
  const key = createHash('sha256').update(JSON.stringify([dist.version, secret, principals])).digest('hex').slice(0, 16);
  const templates = join(dirname(dirname(dist.classpath)), 'storage-templates');
  const template = join(templates, key);
  if (existsSync(join(template, 'meta.properties'))) return template;
  mkdirSync(templates, { recursive: true });
  const staging = mkdtempSync(join(templates, '.staging-'));
  try {
    const config = join(staging, 'server.properties');
    // Formatting reads the node's configuration but opens no port: any ports will do.
    const operator = credentials(KAFKA_OPERATOR_PRINCIPAL);
    writeFileSync(config, nodeConfig({ nodeId: 1, ports: { client: 1, controller: 2, internal: 3 }, voters: [{ nodeId: 1, controller: 2 }], logDir: join(staging, 'data'), operator }));
    const scram = principals.flatMap((p) => {
      const c = credentials(p);
      return ['--add-scram', `SCRAM-SHA-512=[name=${c.username},password=${c.password}]`];
    });
    await run(dist.java, ['-Xmx128m', '-XX:TieredStopAtLevel=1', '-cp', dist.classpath, 'kafka.tools.StorageTool', 'format', '-t', kafkaUuid(), '-c', config, ...scram]);
    try {
      renameSync(join(staging, 'data'), template);
    } catch (err) {
      // Another process formatted the same template first: use theirs.
      if (!existsSync(join(template, 'meta.properties'))) throw err;
    }
    return template;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** A Kafka Uuid (cluster, directory): 16 random bytes, base64url (what `kafka-storage random-uuid` prints). */
export function kafkaUuid(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}
