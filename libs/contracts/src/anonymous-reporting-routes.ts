import type { ServiceName } from './services.js';

/**
 * The routes that take anonymous reports (TEC 37.115, R11), per service: each is marked
 * @AnonymousReporting() in its service, and the portal treats the same route behind
 * /api/<service> the same way (fresh correlation id, nothing of the caller logged or forwarded).
 * test/system/log-privacy.e2e-spec.ts checks this list against the services' markings.
 */
export interface AnonymousReportingRoute {
  service: ServiceName;
  method: 'POST' | 'PUT' | 'PATCH' | 'GET';
  /** The service's own path, without the portal prefix or a query string. */
  path: string;
}

export const ANONYMOUS_REPORTING_ROUTES: readonly AnonymousReportingRoute[] = [{ service: 'incidents', method: 'POST', path: '/tips' }];
