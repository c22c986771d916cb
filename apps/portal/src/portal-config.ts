import { SERVICES, PORTAL_DEFAULT_PORT, type ServiceDescriptor } from '#contracts';
import { ConfigError } from '#platform';

/** `support-plans` → `SUPPORT_PLANS_URL`: where the portal reaches each service. */
export function serviceUrlEnv(service: ServiceDescriptor): string {
  return `${service.name.toUpperCase().replace(/-/g, '_')}_URL`;
}

export const PORTAL_ENV_NAMES = ['NODE_ENV', 'PORT', 'HOST', 'LOG_LEVEL', ...SERVICES.map(serviceUrlEnv)] as const;

/** Validated portal settings; also the DI token for them. */
export class PortalConfig {
  port: number;
  host: string;
  logLevel: string;
  upstreams: { service: ServiceDescriptor; url: string }[];
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
  if (problems.length) throw new ConfigError('portal', problems);
  return Object.assign(new PortalConfig(), { port, host: env.HOST ?? '0.0.0.0', logLevel, upstreams });
}
