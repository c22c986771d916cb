import 'reflect-metadata';
import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  validateSync,
  ValidationError,
} from 'class-validator';
import { DISTRICT_ID_PATTERN, PLATFORM_DISTRICT_ID, serviceByName, type ServiceName } from '#contracts';
import { isTimeZone } from '../tenancy/district-directory.js';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const DURATION = /^\d{1,7}[smhd]?$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `12h` → 43200; a bare number is seconds. */
export function durationSeconds(value: string): number {
  const unit = /[smhd]$/.test(value) ? value.slice(-1) : 's';
  return Number(unit === 's' && !value.endsWith('s') ? value : value.slice(0, -1)) * UNIT_SECONDS[unit];
}

/** The first district's calendar unless DISTRICT_TIME_ZONE says otherwise (Round Rock ISD). */
export const DEFAULT_DISTRICT_TIME_ZONE = 'America/Chicago';

const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Environment of one service (12-factor). Validated once at start-up; the app refuses to start
 * with a readable list of every bad or missing variable.
 */
export class ServiceConfig {
  /** Set by the loader, not by the environment. */
  service: ServiceName;

  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number;

  @IsString()
  HOST = '0.0.0.0';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'is required and must be a postgres:// connection URL' })
  DATABASE_URL: string;

  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'must be a lower-case SQL identifier' })
  DB_SCHEMA: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  /**
   * Tenancy (issue 19): DATABASE_URL is the owner, which runs migrations. Requests and events run as
   * DATABASE_APP_URL's role, bound by row-level security; the outbox relay as DATABASE_RELAY_URL's.
   * Unset (dev, test): the same server and password as DATABASE_URL with the users DB_APP_ROLE and
   * DB_RELAY_ROLE, which the owner creates. Required in production.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_APP_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_RELAY_URL?: string;

  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'must be a lower-case SQL identifier' })
  DB_APP_ROLE = 'district_app';

  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'must be a lower-case SQL identifier' })
  DB_RELAY_ROLE = 'district_relay';

  /** The deployment's first district: rows that predate tenancy are its, and `npm start` runs in it. */
  @Matches(new RegExp(DISTRICT_ID_PATTERN), { message: 'must be 1-32 letters, digits or dashes' })
  DEFAULT_DISTRICT_ID = 'dev';

  /** The default district's IANA time zone (its calendar); registered districts carry their own. */
  @IsString()
  DISTRICT_TIME_ZONE = DEFAULT_DISTRICT_TIME_ZONE;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'must be an http(s) URL' })
  JWT_JWKS_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/-----BEGIN PUBLIC KEY-----/, { message: 'must be a PEM (SPKI) public key' })
  JWT_PUBLIC_KEY?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  JWT_PUBLIC_KEY_FILE?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  JWT_ISSUER?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  JWT_AUDIENCE?: string;

  /** Longest lifetime (exp - iat) a token may have: `12h`, `90m`, `3600s` or seconds. Longer ones are refused. */
  @Matches(DURATION, { message: 'must be a duration such as 12h, 90m, 3600s or a number of seconds' })
  JWT_MAX_TTL = '12h';

  /** Requests per principal per window on authenticated routes (0 = no limit). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  RATE_LIMIT_MAX = 1_200;

  /** Requests per source address per window on anonymous routes such as POST /tips (0 = no limit). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  RATE_LIMIT_ANONYMOUS_MAX = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  RATE_LIMIT_WINDOW_MS = 60_000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Comma-separated browser origins allowed to call the API (the Swagger portal, in dev). */
  @IsString()
  CORS_ORIGINS = '';

  /** Where clients reach this service; shown as the server in its OpenAPI document. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'must be an http(s) URL' })
  PUBLIC_URL?: string;

  /** Kafka bootstrap list (host:port,...). Used by the event backbone. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[^\s,]+:\d+(,[^\s,]+:\d+)*$/, { message: 'must be host:port[,host:port...]' })
  KAFKA_BROKERS?: string;

  /** SASL on the broker connection (the local broker and compose use SCRAM-SHA-512). Unset: no SASL. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['scram-sha-512', 'scram-sha-256', 'plain'])
  KAFKA_SASL_MECHANISM?: 'scram-sha-512' | 'scram-sha-256' | 'plain';

  /** This service's broker principal; defaults to the service name (ACLs are generated per service). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  KAFKA_SASL_USERNAME?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  KAFKA_SASL_PASSWORD?: string;

  /** A file holding the password (a mounted secret); wins over KAFKA_SASL_PASSWORD. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  KAFKA_SASL_PASSWORD_FILE?: string;

  /** TLS to the brokers (managed Kafka); with KAFKA_SSL_CA_FILE for a private CA. */
  @IsIn(['true', 'false'])
  KAFKA_SSL: 'true' | 'false' = 'false';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  KAFKA_SSL_CA_FILE?: string;

  /**
   * Longest a consumer fetch waits when there is nothing to read. Kafka answers as soon as a record
   * arrives, so this costs no latency; a long wait keeps idle consumers (and the broker) quiet.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30_000)
  KAFKA_FETCH_MAX_WAIT_MS = 5_000;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(300_000)
  KAFKA_SESSION_TIMEOUT_MS = 30_000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  KAFKA_HEARTBEAT_INTERVAL_MS = 3_000;

  /**
   * Longest time an applied event's offset waits to be committed; 0 commits after every batch. A
   * late commit only redelivers events the inbox has applied (dropped as duplicates), and not
   * committing after every batch spares each partition's next fetch a broker round trip.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  KAFKA_COMMIT_INTERVAL_MS = 1_000;

  /** Rows the outbox relay publishes per batch. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  OUTBOX_BATCH_SIZE = 500;

  /**
   * Fallback poll when no NOTIFY arrives (the relay normally wakes on the insert trigger). Each poll
   * is a transaction, so this is most of an idle service's work; standbys retry the lock at 5×.
   */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60_000)
  OUTBOX_POLL_INTERVAL_MS = 2_000;

  /** Failed attempts after which an outbox row the broker rejects for good (e.g. too large) is parked. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  OUTBOX_MAX_ATTEMPTS = 10;

  /** Sent outbox rows are deleted after this many hours. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 365)
  OUTBOX_RETENTION_HOURS = 168;

  /** Inbox rows (the duplicate filter) are deleted after this many days; keep it above topic retention. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  INBOX_RETENTION_DAYS = 30;

  /** Handler attempts before a message goes to its dead-letter topic. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  CONSUMER_MAX_ATTEMPTS = 5;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  CONSUMER_RETRY_BACKOFF_MS = 200;

  /**
   * Most fetched events a consumer applies in one database transaction (a savepoint each). Capped
   * at 64: beyond that PostgreSQL's per-backend subtransaction cache overflows.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  CONSUMER_BATCH_MAX_EVENTS = 50;

  /**
   * Key for the data teams' pseudonymous student ids (keyed HMAC, R12). Required in production by
   * the services that publish analytics events; rotate by changing both key and id.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Length(32, 512, { message: 'must be 32-512 characters (use a random secret)' })
  ANALYTICS_PSEUDONYM_KEY?: string;

  @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: 'must be 1-32 letters, digits, dots, dashes or underscores' })
  ANALYTICS_PSEUDONYM_KEY_ID = 'dev';

  /**
   * The registered districts' pseudonym keys (tenancy): a JSON object of key id → secret. The
   * registry names each district's key id; the secrets stay here. A file (a mounted secret) wins.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  ANALYTICS_PSEUDONYM_KEYS?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  ANALYTICS_PSEUDONYM_KEYS_FILE?: string;

  /**
   * Key for the analytic ids on the data teams' stream (keyed HMAC of incident, disposition and
   * use-of-force ids, R12). Its own key, never the pseudonym key: one leaked key must not open both.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Length(32, 512, { message: 'must be 32-512 characters (use a random secret)' })
  ANALYTICS_ID_KEY?: string;

  @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: 'must be 1-32 letters, digits, dots, dashes or underscores' })
  ANALYTICS_ID_KEY_ID = 'dev-ids';

  /**
   * Staff well-being policy (libs/consent/src/wellness/RULES.md; the defaults are DEFAULT_WELLNESS_POLICY's):
   * how old a fit L-3 declaration may be for an officer offer (W4, staffing), when a debrief is due and
   * an offer lapses (W7), and the yearly well-being training hours goal (W13).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  PSYCH_DECLARATION_MAX_AGE_DAYS = 180;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  WELLNESS_DEBRIEF_DUE_HOURS = 72;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  WELLNESS_OFFER_EXPIRY_DAYS = 14;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(200)
  WELLNESS_HOURS_GOAL = 4;

  get corsOrigins(): string[] {
    return this.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  }
}

/** The env names a service reads; k8s/compose manifests are checked against this list. */
export const SERVICE_ENV_NAMES = [
  'NODE_ENV', 'PORT', 'HOST', 'DATABASE_URL', 'DB_SCHEMA', 'DB_POOL_SIZE', 'DATABASE_APP_URL', 'DATABASE_RELAY_URL',
  'DB_APP_ROLE', 'DB_RELAY_ROLE', 'DEFAULT_DISTRICT_ID', 'DISTRICT_TIME_ZONE', 'JWT_JWKS_URL', 'JWT_PUBLIC_KEY',
  'JWT_PUBLIC_KEY_FILE', 'JWT_ISSUER', 'JWT_AUDIENCE', 'JWT_MAX_TTL', 'RATE_LIMIT_MAX', 'RATE_LIMIT_ANONYMOUS_MAX',
  'RATE_LIMIT_WINDOW_MS', 'LOG_LEVEL', 'CORS_ORIGINS', 'PUBLIC_URL', 'KAFKA_BROKERS',
  'KAFKA_SASL_MECHANISM', 'KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD', 'KAFKA_SASL_PASSWORD_FILE', 'KAFKA_SSL',
  'KAFKA_SSL_CA_FILE',
  'KAFKA_FETCH_MAX_WAIT_MS', 'KAFKA_SESSION_TIMEOUT_MS', 'KAFKA_HEARTBEAT_INTERVAL_MS', 'KAFKA_COMMIT_INTERVAL_MS', 'OUTBOX_BATCH_SIZE',
  'OUTBOX_POLL_INTERVAL_MS', 'OUTBOX_MAX_ATTEMPTS', 'OUTBOX_RETENTION_HOURS', 'INBOX_RETENTION_DAYS', 'CONSUMER_MAX_ATTEMPTS', 'CONSUMER_RETRY_BACKOFF_MS', 'CONSUMER_BATCH_MAX_EVENTS', 'ANALYTICS_PSEUDONYM_KEY',
  'ANALYTICS_PSEUDONYM_KEY_ID', 'ANALYTICS_PSEUDONYM_KEYS', 'ANALYTICS_PSEUDONYM_KEYS_FILE', 'ANALYTICS_ID_KEY', 'ANALYTICS_ID_KEY_ID',
  'PSYCH_DECLARATION_MAX_AGE_DAYS', 'WELLNESS_DEBRIEF_DUE_HOURS', 'WELLNESS_OFFER_EXPIRY_DAYS', 'WELLNESS_HOURS_GOAL',
] as const;

export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration for ${service}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
}

/** A key that cannot be read or parsed must stop start-up, not the first request. */
function keyProblems(config: ServiceConfig): string[] {
  const sources: [string, () => string][] = [];
  if (config.JWT_PUBLIC_KEY) sources.push(['JWT_PUBLIC_KEY', () => config.JWT_PUBLIC_KEY!]);
  if (config.JWT_PUBLIC_KEY_FILE) sources.push(['JWT_PUBLIC_KEY_FILE', () => readFileSync(config.JWT_PUBLIC_KEY_FILE!, 'utf8')]);
  return sources.flatMap(([name, read]) => {
    try {
      createPublicKey(read());
      return [];
    } catch (err) {
      return [`${name}: not a readable PEM public key (${(err as Error).message.split('\n')[0]})`];
    }
  });
}

/** Passwords the repository itself ships (docker-compose) start with this; production refuses them. */
export const DEV_ONLY_SECRET_PREFIX = 'dev-only-';

function kafkaSecurityProblems(config: ServiceConfig): string[] {
  const problems: string[] = [];
  const password = kafkaPassword(config);
  if (config.KAFKA_SASL_MECHANISM && !password) {
    problems.push('KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE: required with KAFKA_SASL_MECHANISM');
  }
  if (config.NODE_ENV === 'production' && config.KAFKA_BROKERS && !config.KAFKA_SASL_MECHANISM) {
    problems.push('KAFKA_SASL_MECHANISM: required when NODE_ENV=production (each service has its own broker principal)');
  }
  if (config.NODE_ENV === 'production' && password?.startsWith(DEV_ONLY_SECRET_PREFIX)) {
    problems.push('KAFKA_SASL_PASSWORD: a dev-only default is refused when NODE_ENV=production');
  }
  if (config.KAFKA_SSL_CA_FILE && !existsSync(config.KAFKA_SSL_CA_FILE)) problems.push('KAFKA_SSL_CA_FILE: no such file');
  return problems;
}

/** The SASL password from its file (a mounted secret) or the variable; undefined when unreadable. */
export function kafkaPassword(config: ServiceConfig): string | undefined {
  if (config.KAFKA_SASL_PASSWORD_FILE) {
    try {
      return readFileSync(config.KAFKA_SASL_PASSWORD_FILE, 'utf8').trim();
    } catch {
      return undefined;
    }
  }
  return config.KAFKA_SASL_PASSWORD;
}

/** Reads and validates a service's environment; throws ConfigError listing every problem. */
export function loadServiceConfig(service: ServiceName, env: NodeJS.ProcessEnv): ServiceConfig {
  const descriptor = serviceByName(service);
  const known = Object.fromEntries(
    SERVICE_ENV_NAMES.filter((k) => env[k] !== undefined).map((k) => [k, env[k]]),
  );
  const config = plainToInstance(ServiceConfig, {
    PORT: String(descriptor.defaultPort),
    DB_SCHEMA: descriptor.schema,
    ...known,
  });
  config.service = service;
  const problems = describe(validateSync(config, { forbidUnknownValues: false }));
  if (!config.JWT_JWKS_URL && !config.JWT_PUBLIC_KEY && !config.JWT_PUBLIC_KEY_FILE) {
    problems.push('JWT_JWKS_URL, JWT_PUBLIC_KEY or JWT_PUBLIC_KEY_FILE: one is required to verify bearer tokens');
  }
  problems.push(...keyProblems(config));
  if (!isTimeZone(config.DISTRICT_TIME_ZONE)) problems.push('DISTRICT_TIME_ZONE: must be an IANA time zone such as America/Chicago');
  if (config.DEFAULT_DISTRICT_ID === PLATFORM_DISTRICT_ID) problems.push(`DEFAULT_DISTRICT_ID: ${PLATFORM_DISTRICT_ID} is reserved for platform data`);
  if (config.NODE_ENV === 'production' && (!config.JWT_ISSUER || !config.JWT_AUDIENCE)) {
    problems.push('JWT_ISSUER and JWT_AUDIENCE: both are required when NODE_ENV=production');
  }
  problems.push(...kafkaSecurityProblems(config));
  if (config.NODE_ENV === 'production' && (!config.DATABASE_APP_URL || !config.DATABASE_RELAY_URL)) {
    problems.push('DATABASE_APP_URL and DATABASE_RELAY_URL: both are required when NODE_ENV=production (the roles bound by row-level security)');
  }
  if (!config.DATABASE_APP_URL !== !config.DATABASE_RELAY_URL) {
    problems.push('DATABASE_APP_URL and DATABASE_RELAY_URL: set both or neither');
  }
  if (problems.length) throw new ConfigError(service, [...new Set(problems)]);
  return config;
}
