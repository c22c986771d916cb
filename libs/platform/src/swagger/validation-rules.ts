import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

type Json = Record<string, unknown>;
interface Rule {
  name: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
}

/** What one class-validator rule says in JSON Schema terms (undefined: nothing to add). */
function schemaOf(rule: Rule): Json | undefined {
  const [a, b] = rule.constraints ?? [];
  switch (rule.name) {
    case 'matches':
      return a instanceof RegExp && !a.flags.replace('u', '') ? { pattern: a.source } : undefined;
    case 'isLength':
      return { minLength: a, ...(typeof b === 'number' ? { maxLength: b } : {}) };
    case 'minLength':
      return { minLength: a };
    case 'maxLength':
      return { maxLength: a };
    case 'isNotEmpty':
      return { minLength: 1 };
    case 'min':
      return { minimum: a };
    case 'max':
      return { maximum: a };
    case 'isInt':
      return { type: 'integer' };
    case 'isUuid':
      return { format: 'uuid' };
    case 'isEmail':
      return { format: 'email' };
    default:
      return undefined;
  }
}

function arrayRule(rule: Rule): Json | undefined {
  const [a] = rule.constraints ?? [];
  if (rule.name === 'arrayMinSize' || rule.name === 'arrayNotEmpty') return { minItems: rule.name === 'arrayNotEmpty' ? 1 : a };
  if (rule.name === 'arrayMaxSize') return { maxItems: a };
  if (rule.name === 'arrayUnique') return { uniqueItems: true };
  return undefined;
}

/** Applies a rule to the property's schema; `each` rules go to the array items. */
function apply(property: Json, rule: Rule): void {
  const array = arrayRule(rule);
  if (array) {
    Object.assign(property, array);
    return;
  }
  const extra = schemaOf(rule);
  if (!extra) return;
  const target = rule.each && property.items && typeof property.items === 'object' && !('$ref' in (property.items as Json)) ? (property.items as Json) : property;
  if (rule.each && target === property) return;
  if (extra.type === 'integer' && target.type !== 'number' && target.type !== 'integer') return;
  Object.assign(target, extra);
}

/** @nestjs/swagger's per-property metadata key (DECORATORS.API_MODEL_PROPERTIES). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

function rulesByTarget(): Map<{ name: string; prototype: object }, Rule[]> {
  return (getMetadataStorage() as unknown as { validationMetadatas: Map<{ name: string; prototype: object }, Rule[]> }).validationMetadatas;
}

/**
 * Copies each DTO's class-validator rules into its @ApiProperty metadata before the document is
 * built, so they reach body schemas, query parameters and subclasses alike (the metadata is read
 * through the prototype chain). Rules on array items are left to documentValidationRules.
 */
export function annotateDtoClasses(): void {
  for (const [target, rules] of rulesByTarget()) {
    for (const rule of rules) {
      if (rule.each) continue;
      const existing = Reflect.getOwnMetadata(API_MODEL_PROPERTIES, target.prototype, rule.propertyName) as Json | undefined;
      if (!existing) continue;
      const extra = arrayRule(rule) ?? schemaOf(rule);
      if (!extra) continue;
      if (extra.type === 'integer' && existing.type !== Number && existing.type !== 'number' && existing.type !== 'integer') continue;
      if ((extra.minItems !== undefined || extra.maxItems !== undefined) && !existing.isArray) continue;
      Reflect.defineMetadata(API_MODEL_PROPERTIES, { ...existing, ...extra }, target.prototype, rule.propertyName);
    }
  }
}

/**
 * Writes the class-validator rules of every DTO into its OpenAPI schema (pattern, lengths, item
 * counts, bounds, integer, uuid), so the document states exactly what the validation pipe
 * enforces: generated clients and the contract test see the same rules as the server.
 */
export function documentValidationRules(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Json>;
  for (const [target, rules] of rulesByTarget()) {
    const properties = schemas[target.name]?.properties as Record<string, Json> | undefined;
    if (!properties) continue;
    for (const rule of rules) {
      const property = properties[rule.propertyName];
      if (property && !('$ref' in property)) apply(property, rule);
    }
  }
  return document;
}
