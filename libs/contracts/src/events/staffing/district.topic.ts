import { campusId, DISTRICT_ID_PATTERN, defineEvent } from '../define-event.js';
import { Payload, Type, type Static } from '../schema/payload-schema.js';

export const STAFFING_DISTRICT_TOPIC = 'staffing.district.v1';

/**
 * The reserved tenant of platform data (the district registry): never a district of its own, so
 * never registrable. Registry events are published acting in it (`ce_districtid: platform`); the
 * payload's districtId names the district described.
 */
export const PLATFORM_DISTRICT_ID = 'platform';

/**
 * One district of the deployment, whole (not a delta): every service keeps it in its district
 * directory, which maps each token issuer to exactly one district and gives the district's calendar.
 */
export const DistrictSchema = Payload({
  districtId: Type.String({ pattern: DISTRICT_ID_PATTERN }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  /** The `iss` of the district identity provider's tokens; no other district has it. */
  issuer: Type.String({ minLength: 1, maxLength: 500 }),
  jwksUrl: Type.String({ format: 'uri', maxLength: 2000 }),
  /** The `aud` its tokens must carry for this deployment. */
  audience: Type.String({ minLength: 1, maxLength: 500 }),
  /** IANA time zone of the district calendar (birthdays, compliance, schedules). */
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  /** Id of the district's analytics pseudonym key (the key itself never leaves its secret store). */
  pseudonymKeyId: Type.String({ pattern: '^[A-Za-z0-9._-]{1,32}$' }),
  campusIds: Type.Array(campusId),
  /** The region the district belongs to, if any: a `regional-admin` of that region sees its suppressed counts. */
  regionId: Type.Optional(Type.String({ pattern: DISTRICT_ID_PATTERN })),
});
export type District = Static<typeof DistrictSchema>;

const districtExample: District = {
  districtId: 'elpaso-isd',
  name: 'El Paso ISD',
  issuer: 'https://idp.episd.example/',
  jwksUrl: 'https://idp.episd.example/.well-known/jwks.json',
  audience: 'urn:joint-response:api',
  timeZone: 'America/Denver',
  pseudonymKeyId: 'episd-2026',
  campusIds: ['campus-hs-01', 'campus-ms-02'],
  regionId: 'esc-region-19',
};

export const DistrictRegisteredEvent = defineEvent({
  type: 'staffing.district.registered',
  topic: STAFFING_DISTRICT_TOPIC,
  version: 1,
  summary: 'A district joined the deployment: its identity provider, time zone, pseudonym key id and campuses.',
  keyField: 'districtId',
  schema: DistrictSchema,
  example: districtExample,
});

export const DistrictUpdatedEvent = defineEvent({
  type: 'staffing.district.updated',
  topic: STAFFING_DISTRICT_TOPIC,
  version: 1,
  summary: "A district's registry entry changed. Carries the whole entry; upsert by districtId.",
  keyField: 'districtId',
  schema: DistrictSchema,
  example: { ...districtExample, campusIds: [...districtExample.campusIds, 'campus-es-03'] },
});
