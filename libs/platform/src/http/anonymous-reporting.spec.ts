import 'reflect-metadata';
import { RouteConfig } from '@nestjs/platform-fastify';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import type { IncomingMessage } from 'node:http';
import { ANONYMOUS_REPORTING, AnonymousReporting, serializeRequest, type SerializedRequest } from './anonymous-reporting.js';

class Routes {
  @AnonymousReporting()
  @RouteConfig({ rateLimit: 5 })
  tips(): void {}

  plain(): void {}
}

describe('AnonymousReporting (R11)', () => {
  it('adds its flag to the Fastify route config and keeps config set below it', () => {
    expect(Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, Routes.prototype.tips)).toEqual({ rateLimit: 5, [ANONYMOUS_REPORTING]: true });
    expect(Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, Routes.prototype.plain)).toBeUndefined();
  });

  it('logs other routes with address and headers, but no path values or query values (they carry student ids, issue 14)', () => {
    const req: SerializedRequest = {
      id: 'c-1', method: 'GET', url: '/students/S1000001?studentId=S1000001&a=1', query: { studentId: 'S1000001' },
      headers: { 'user-agent': 'UA', referer: 'https://sis/students/S1000001' }, remoteAddress: '127.0.0.1',
    };
    Object.defineProperty(req, 'raw', { value: {} as IncomingMessage, enumerable: false });
    expect(serializeRequest(req)).toEqual({ id: 'c-1', method: 'GET', url: '(unmatched)', queryNames: ['studentId', 'a'], headers: { 'user-agent': 'UA' }, remoteAddress: '127.0.0.1' });
    expect(JSON.stringify(serializeRequest(req))).not.toContain('S1000001');
  });
});
