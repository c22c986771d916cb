import { readFileSync } from 'node:fs';
import type { KafkaConfig, SASLOptions } from 'kafkajs';
import { kafkaPassword, type ServiceConfig } from '#platform';

/** How a client authenticates to the brokers: SASL (SCRAM or PLAIN) and optionally TLS. */
export interface KafkaSecurity {
  sasl?: { mechanism: 'scram-sha-512' | 'scram-sha-256' | 'plain'; username: string; password: string };
  ssl?: boolean;
  caFile?: string;
}

/** The service's own principal (its name unless KAFKA_SASL_USERNAME says otherwise). */
export function kafkaSecurityFromConfig(config: ServiceConfig): KafkaSecurity {
  const password = kafkaPassword(config);
  return {
    ...(config.KAFKA_SASL_MECHANISM && password
      ? { sasl: { mechanism: config.KAFKA_SASL_MECHANISM, username: config.KAFKA_SASL_USERNAME ?? config.service, password } }
      : {}),
    ssl: config.KAFKA_SSL === 'true',
    caFile: config.KAFKA_SSL_CA_FILE,
  };
}

/**
 * For command-line tools (provisioning, the data team's metrics): the same KAFKA_SASL_* and KAFKA_SSL*
 * variables the services read, with the tool's own default principal.
 */
export function kafkaSecurityFromEnv(env: NodeJS.ProcessEnv, defaultUsername: string): KafkaSecurity {
  const mechanism = env.KAFKA_SASL_MECHANISM as NonNullable<KafkaSecurity['sasl']>['mechanism'] | undefined;
  const password = env.KAFKA_SASL_PASSWORD_FILE ? readFileSync(env.KAFKA_SASL_PASSWORD_FILE, 'utf8').trim() : (env.KAFKA_SASL_PASSWORD ?? '');
  return {
    ...(mechanism ? { sasl: { mechanism, username: env.KAFKA_SASL_USERNAME || defaultUsername, password } } : {}),
    ssl: env.KAFKA_SSL === 'true',
    caFile: env.KAFKA_SSL_CA_FILE || undefined,
  };
}

export function kafkaJsSecurity(security: KafkaSecurity | undefined): Pick<KafkaConfig, 'sasl' | 'ssl'> {
  if (!security) return {};
  const ssl = security.caFile ? { ca: [readFileSync(security.caFile, 'utf8')] } : security.ssl ? true : undefined;
  return {
    ...(security.sasl ? { sasl: security.sasl as SASLOptions } : {}),
    ...(ssl ? { ssl } : {}),
  };
}
