import Type, { type Static, type TObject } from 'typebox';
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

type Definition<T, S> = Omit<EventDefinition<T>, 'schema'> & { schema: S };

/**
 * The payload schema (a TypeBox object, see schema/payload-schema.ts) is the single source: the
 * payload type is derived from it and the example is checked against that type at compile time.
 * The plain-JSON-Schema form with an explicit T remains for test-only event types.
 */
export function defineEvent<S extends TObject>(def: Definition<Static<S>, S>): EventDefinition<Static<S>>;
export function defineEvent<T>(def: Definition<T, Omit<JsonSchema, '$id'>>): EventDefinition<T>;
export function defineEvent<T>(def: Definition<T, Omit<JsonSchema, '$id'> | TObject>): EventDefinition<T> {
  // Spreading keeps only the enumerable JSON Schema keywords, not TypeBox's hidden markers.
  const schema = def.schema as Omit<JsonSchema, '$id'>;
  return {
    ...def,
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: dataschemaOf(def.type, def.version),
      title: def.type,
      description: def.summary,
      ...schema,
      // The registry's events (staffing.district.v1) define their own districtId: the district
      // described, while they are published in the platform tenant (ce_districtid 'platform').
      properties: schema.properties?.districtId ? schema.properties : { ...schema.properties, districtId: tenantDistrictProperty() },
    },
  };
}

const TENANT_DISTRICT_DESCRIPTION = 'The district whose record this is; equals ce_districtid';

/**
 * Optional: events written before tenancy have none (their district is the consumers' default).
 * The outbox fills it from the current district, like the ce_districtid header.
 */
function tenantDistrictProperty(): JsonSchema {
  return { type: 'string', pattern: DISTRICT_ID_PATTERN, description: TENANT_DISTRICT_DESCRIPTION };
}

/** Whether the event's payload districtId is the tenant (always equal to ce_districtid), as on all but the registry's events. */
export function carriesTenantDistrict(event: Pick<EventDescriptor, 'schema'>): boolean {
  return event.schema.properties?.districtId?.description === TENANT_DISTRICT_DESCRIPTION;
}

export function dataschemaOf(type: string, version: number): string {
  return `${SCHEMA_BASE_URI}${type}:${version}`;
}

/**
 * The district's id rule: student ids, HR employee ids and license numbers. The services' DTOs
 * check it with IsStudentId / IsDistrictId (libs/platform), so an API accepts what an event carries.
 */
export const DISTRICT_ID_PATTERN = '^[A-Za-z0-9-]{1,32}$';

/** Common property shapes. */
export const uuid = Type.String({ format: 'uuid' });
export const studentId = Type.String({ pattern: DISTRICT_ID_PATTERN, description: 'District student id' });
export const campusId = Type.String({ minLength: 1, maxLength: 64 });
export const dateTime = Type.String({ format: 'date-time' });
export const date = Type.String({ format: 'date' });
