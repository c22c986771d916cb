import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { BEARER_SCHEME } from '../auth/auth.decorators.js';
import type { ServiceConfig } from '../config/service-config.js';
import { rateLimitsFrom } from '../http/rate-limits.js';
import { completeOpenApi } from './openapi-completion.js';
import { annotateDtoClasses, documentValidationRules } from './validation-rules.js';

export interface ApiDescription {
  title: string;
  description: string;
  version?: string;
}

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details. Branch on `code`, which is stable; `detail` is for people.',
  required: ['type', 'title', 'status', 'code', 'correlationId'],
  properties: {
    type: { type: 'string', example: 'urn:problem:REQUEST.VALIDATION_FAILED' },
    title: { type: 'string', example: 'Bad Request' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'campusId must be a string' },
    instance: { type: 'string', example: '/incidents' },
    code: { type: 'string', example: 'REQUEST.VALIDATION_FAILED' },
    correlationId: { type: 'string', example: '3f1c2a8e-6b7d-4d39-9a51-0c2f4f0b9e11' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

export function buildOpenApiDocument(app: INestApplication, config: ServiceConfig, api: ApiDescription): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle(api.title)
    .setDescription(api.description)
    .setVersion(api.version ?? '1.0.0')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'RS256/ES256 JWT with a `roles` claim' },
      BEARER_SCHEME,
    );
  // Without a public URL the document names its own origin, so clients resolve paths against it.
  builder.addServer(config.PUBLIC_URL ?? '/', config.PUBLIC_URL ? undefined : 'This service');
  annotateDtoClasses();
  const document = SwaggerModule.createDocument(app, builder.build());
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA as never } };
  return completeOpenApi(documentValidationRules(document), rateLimitsFrom(config));
}

/** Swagger UI at /docs, the OpenAPI JSON at /docs-json. */
export function setupSwagger(app: INestApplication, config: ServiceConfig, api: ApiDescription): OpenAPIObject {
  const document = buildOpenApiDocument(app, config, api);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', customSiteTitle: api.title });
  return document;
}
