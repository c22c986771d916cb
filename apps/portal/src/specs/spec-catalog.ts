import { Injectable } from '@nestjs/common';
import { Problem } from '#platform';
import { PortalConfig } from '../portal-config.js';

/** Where a service's API is reached through the portal: one origin for administrators. */
export function apiPrefix(service: string): string {
  return `/api/${service}`;
}

/**
 * Fetches each service's live OpenAPI document and points its server at the portal's proxy,
 * so "Try it out" works from the one Swagger UI without CORS or knowing four ports.
 */
@Injectable()
export class SpecCatalog {
  constructor(private readonly config: PortalConfig) {}

  async spec(service: string): Promise<Record<string, unknown>> {
    const upstream = this.config.upstreams.find((u) => u.service.name === service);
    if (!upstream) throw Problem.notFound('PORTAL.UNKNOWN_SERVICE', `No service named ${service}`);
    let response: Response;
    try {
      response = await fetch(`${upstream.url}/docs-json`, { signal: AbortSignal.timeout(3000) });
    } catch {
      throw new Problem(502, 'PORTAL.UPSTREAM_UNAVAILABLE', `${service} did not answer at ${upstream.url}`);
    }
    if (!response.ok) throw new Problem(502, 'PORTAL.UPSTREAM_UNAVAILABLE', `${service} answered ${response.status}`);
    const document = (await response.json()) as Record<string, unknown>;
    return { ...document, servers: [{ url: apiPrefix(service), description: `${upstream.service.title}, via the portal` }] };
  }
}
