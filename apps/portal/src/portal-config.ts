import { SERVICES, PORTAL_DEFAULT_PORT, type ServiceDescriptor } from '#contracts';
import { ConfigError } from '#platform';

/** `support-plans` → `SUPPORT_PLANS_URL`: where the portal reaches each service. */
export function serviceUrlEnv(service: ServiceDescriptor): string {
  return `${service.name.toUpperCase().replace(/-/g, '_')}_URL`;
}

export const PORTAL_ENV_NAMES = ['NODE_ENV', 'PORT', 'HOST', 'LOG_LEVEL', 'RATE_LIMIT_ANONYMOUS_MAX', 'RATE_LIMIT_WINDOW_MS', ...SERVICES.map(serviceUrlEnv)] as const;

/** Validated portal settings; also the DI token for them. */
export class PortalConfig {
  port: number;
  host: string;
  logLevel: string;
  upstreams: { service: ServiceDescriptor; url: string }[];
  /** Per source on the services' anonymous-reporting routes (the services cannot see the source behind the portal). */
  anonymousRateLimit: { max: number; windowMs: number };
}

function integerEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min || value > max) problems.push(`${name}: must be an integer ${min}-${max}`);
  return value;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadPortalConfig(env: NodeJS.ProcessEnv): PortalConfig {
  const problems: string[] = [];
  const port = Number(env.PORT ?? PORTAL_DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push('PORT: must be an integer 0-65535');
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL: must be one of ${LOG_LEVELS.join(', ')}`);
  const upstreams = SERVICES.map((service) => {
    const name = serviceUrlEnv(service);
    const url = env[name] ?? `http://127.0.0.1:${service.defaultPort}`;
    if (!/^https?:\/\/[^\s/]+(:\d+)?\/?$/.test(url)) problems.push(`${name}: must be an http(s) base URL such as http://incidents:3001`);
    return { service, url: url.replace(/\/$/, '') };
  });
  const anonymousRateLimit = {
    max: integerEnv(env, 'RATE_LIMIT_ANONYMOUS_MAX', 20, 0, 1_000_000, problems),
    windowMs: integerEnv(env, 'RATE_LIMIT_WINDOW_MS', 60_000, 1_000, 3_600_000, problems),
  };
  if (problems.length) throw new ConfigError('portal', problems);
  return Object.assign(new PortalConfig(), { port, host: env.HOST ?? '0.0.0.0', logLevel, upstreams, anonymousRateLimit });
}
