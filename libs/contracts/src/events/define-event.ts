import { SCHEMA_BASE_URI, type JsonSchema } from './json-schema.js';

/**
 * One event type: its topic, the payload field that is the aggregate id (the Kafka key), its
 * JSON Schema and an example. Within a version only additive changes are allowed.
 */
export interface EventDescriptor {
  type: string;
  topic: string;
  version: number;
  summary: string;
  /** Payload field holding the aggregate id; it becomes the record key and ce_subject. */
  keyField: string;
  schema: JsonSchema;
  example: unknown;
  /**
   * Data-team topics only: the finest time the envelope may carry (ce_time and the record's
   * timestamp). Day by default; month where even the day would tie records together (R12).
   */
  timeResolution?: 'day' | 'month';
}

/** An event type whose payload is T. */
export interface EventDefinition<T> extends EventDescriptor {
  keyField: keyof T & string;
  example: T;
}

export function defineEvent<T>(def: Omit<EventDefinition<T>, 'schema'> & { schema: Omit<JsonSchema, '$id'> }): EventDefinition<T> {
  return {
    ...def,
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: dataschemaOf(def.type, def.version),
      title: def.type,
      description: def.summary,
      ...def.schema,
    },
  };
}

export function dataschemaOf(type: string, version: number): string {
  return `${SCHEMA_BASE_URI}${type}:${version}`;
}

/** Common property shapes. */
export const uuid: JsonSchema = { type: 'string', format: 'uuid' };
export const studentId: JsonSchema = { type: 'string', pattern: '^[A-Za-z0-9-]{1,32}$', description: 'District student id' };
export const campusId: JsonSchema = { type: 'string', minLength: 1, maxLength: 64 };
export const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
export const date: JsonSchema = { type: 'string', format: 'date' };
