import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { exportSPKI, generateKeyPair } from 'jose';
import { ConfigError, durationSeconds, kafkaPassword, loadServiceConfig } from './service-config.js';

const base = { DATABASE_URL: 'postgres://u@localhost:5432/db_test', JWT_JWKS_URL: 'https://idp.district.example/jwks' };

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadServiceConfig('incidents', env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('service configuration', () => {
  it("applies each service's defaults", () => {
    const config = loadServiceConfig('support-plans', base);
    expect(config).toMatchObject({ PORT: 3002, DB_SCHEMA: 'support', HOST: '0.0.0.0', NODE_ENV: 'development', DB_POOL_SIZE: 10 });
    expect(config.corsOrigins).toEqual([]);
  });

  it('reads overrides as typed values', () => {
    const config = loadServiceConfig('incidents', { ...base, PORT: '8080', DB_POOL_SIZE: '3', CORS_ORIGINS: 'http://a, http://b' });
    expect(config.PORT).toBe(8080);
    expect(config.DB_POOL_SIZE).toBe(3);
    expect(config.corsOrigins).toEqual(['http://a', 'http://b']);
  });

  it('reads JWT_MAX_TTL as a duration (default 12 h) and refuses anything else', () => {
    expect(durationSeconds(loadServiceConfig('incidents', base).JWT_MAX_TTL)).toBe(43_200);
    expect(['3600', '3600s', '90m', '2h', '1d'].map(durationSeconds)).toEqual([3600, 3600, 5400, 7200, 86_400]);
    expect(problemsOf({ ...base, JWT_MAX_TTL: '12 hours' })).toEqual([expect.stringMatching(/^JWT_MAX_TTL: must be a duration/)]);
  });

  it('lists every problem at once, each naming its variable', () => {
    const problems = problemsOf({ PORT: 'eighty', DB_SCHEMA: 'Bad"Schema', LOG_LEVEL: 'loud' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: /),
        expect.stringMatching(/^DB_SCHEMA: must be a lower-case SQL identifier/),
        expect.stringMatching(/^LOG_LEVEL: /),
        expect.stringMatching(/^DATABASE_URL: is required/),
        expect.stringMatching(/^JWT_JWKS_URL, JWT_PUBLIC_KEY or JWT_PUBLIC_KEY_FILE: one is required/),
      ]),
    );
  });

  it.each([
    ['a port out of range', { PORT: '70000' }, /^PORT: /],
    ['a non-postgres URL', { DATABASE_URL: 'mysql://x/y' }, /^DATABASE_URL: /],
    ['a JWKS URL that is not http(s)', { JWT_JWKS_URL: 'ftp://idp/jwks' }, /^JWT_JWKS_URL: must be an http\(s\) URL/],
    ['a malformed broker list', { KAFKA_BROKERS: 'localhost' }, /^KAFKA_BROKERS: /],
    ['an unreadable key file', { JWT_JWKS_URL: '', JWT_PUBLIC_KEY_FILE: '/nonexistent/key.pem' }, /^JWT_PUBLIC_KEY_FILE: not a readable PEM/],
    ['a key that is not a key', { JWT_JWKS_URL: '', JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----' }, /^JWT_PUBLIC_KEY: not a readable PEM/],
  ])('refuses %s', (_label, override, expected) => {
    expect(problemsOf({ ...base, ...override })).toEqual([expect.stringMatching(expected)]);
  });

  it('accepts a real PEM public key', async () => {
    const { publicKey } = await generateKeyPair('RS256');
    expect(problemsOf({ DATABASE_URL: base.DATABASE_URL, JWT_PUBLIC_KEY: await exportSPKI(publicKey) })).toEqual([]);
  });

  describe('Kafka principal (issue 12: each service authenticates as itself)', () => {
    const prod = { ...base, NODE_ENV: 'production', DATABASE_APP_URL: 'postgres://app@h/db', DATABASE_RELAY_URL: 'postgres://relay@h/db', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a', KAFKA_BROKERS: 'kafka:9092' };

    it('requires SASL in production and a password with any mechanism', () => {
      expect(problemsOf(prod)).toEqual([expect.stringMatching(/^KAFKA_SASL_MECHANISM: required when NODE_ENV=production/)]);
      expect(problemsOf({ ...base, KAFKA_SASL_MECHANISM: 'scram-sha-512' })).toEqual([expect.stringMatching(/^KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE/)]);
      expect(problemsOf({ ...prod, KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_PASSWORD: 'a-real-secret' })).toEqual([]);
    });

    it('refuses a dev-only password in production, and accepts it in development', () => {
      const devOnly = { KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_PASSWORD: 'dev-only-abc' };
      expect(problemsOf({ ...prod, ...devOnly })).toEqual([expect.stringMatching(/dev-only default is refused/)]);
      expect(problemsOf({ ...base, KAFKA_BROKERS: 'localhost:9092', ...devOnly })).toEqual([]);
    });

    it('reads the password from a file (a mounted secret)', async () => {
      const { mkdtempSync, writeFileSync } = await import('node:fs');
      const { join } = await import('node:path');
      const { tmpdir } = await import('node:os');
      const file = join(mkdtempSync(join(tmpdir(), 'kafka-pw-')), 'password');
      writeFileSync(file, 's3cret\n');
      const config = loadServiceConfig('incidents', { ...base, KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_PASSWORD_FILE: file });
      expect(kafkaPassword(config)).toBe('s3cret');
    });

    it('refuses an unknown mechanism', () => {
      expect(problemsOf({ ...base, KAFKA_SASL_MECHANISM: 'gssapi', KAFKA_SASL_PASSWORD: 'x' })).toEqual([expect.stringMatching(/^KAFKA_SASL_MECHANISM: /)]);
    });
  });

  it('requires issuer and audience in production', () => {
    expect(problemsOf({ ...base, NODE_ENV: 'production', DATABASE_APP_URL: 'postgres://app@h/db', DATABASE_RELAY_URL: 'postgres://relay@h/db' })).toEqual([expect.stringMatching(/^JWT_ISSUER and JWT_AUDIENCE/)]);
    expect(problemsOf({ ...base, NODE_ENV: 'production', DATABASE_APP_URL: 'postgres://app@h/db', DATABASE_RELAY_URL: 'postgres://relay@h/db', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' })).toEqual([]);
  });

  it('tenancy: production names the app and relay database roles, both or neither', () => {
    const prod = { ...base, NODE_ENV: 'production', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' };
    expect(problemsOf(prod)).toEqual([expect.stringMatching(/^DATABASE_APP_URL and DATABASE_RELAY_URL: both are required when NODE_ENV=production/)]);
    expect(problemsOf({ ...base, DATABASE_APP_URL: 'postgres://app@h/db' })).toEqual([expect.stringMatching(/^DATABASE_APP_URL and DATABASE_RELAY_URL: set both or neither/)]);
    expect(problemsOf({ ...base, DEFAULT_DISTRICT_ID: 'no spaces' })).toEqual([expect.stringMatching(/^DEFAULT_DISTRICT_ID: must be/)]);
    expect(problemsOf({ ...base, DB_APP_ROLE: 'App-Role' })).toEqual([expect.stringMatching(/^DB_APP_ROLE: must be a lower-case SQL identifier/)]);
  });

  it('tenancy: the default district has an IANA time zone (America/Chicago unless set) and is never the platform tenant', () => {
    expect(loadServiceConfig('training', base).DISTRICT_TIME_ZONE).toBe('America/Chicago');
    expect(loadServiceConfig('training', { ...base, DISTRICT_TIME_ZONE: 'America/Denver' }).DISTRICT_TIME_ZONE).toBe('America/Denver');
    expect(problemsOf({ ...base, DISTRICT_TIME_ZONE: 'Mountain' })).toEqual([expect.stringMatching(/^DISTRICT_TIME_ZONE: must be an IANA time zone/)]);
    expect(problemsOf({ ...base, DEFAULT_DISTRICT_ID: 'platform' })).toEqual([expect.stringMatching(/^DEFAULT_DISTRICT_ID: platform is reserved/)]);
  });

  it('names the service in a readable multi-line message', () => {
    expect(() => loadServiceConfig('training', {})).toThrow(/^Invalid configuration for training:\n {2}- /);
  });

  const built = existsSync('dist/apps/incidents/src/main.js');
  (built ? it : it.skip)('makes the real entry point exit 1 with the message on stderr', async () => {
    const run = promisify(execFile);
    const failure = await run(process.execPath, ['dist/apps/incidents/src/main.js'], {
      env: { PATH: process.env.PATH, DATABASE_URL: 'nope' },
    }).catch((err: { code: number; stderr: string }) => err);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/incidents failed to start: Invalid configuration for incidents:\n {2}- DATABASE_URL: /);
  });
});
