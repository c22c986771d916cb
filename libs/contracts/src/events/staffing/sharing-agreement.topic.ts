import { campusId, dateTime, defineEvent, DISTRICT_ID_PATTERN, uuid } from '../define-event.js';
import { Nullable, Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';

export const STAFFING_SHARING_AGREEMENT_TOPIC = 'staffing.sharing-agreement.v1';

/**
 * What a provider district lends under an agreement (issue 19): its on-call clinicians, its
 * CIT-current officers (co-responders), or both, to named campuses of the receiving district.
 */
export const SHARED_RESOURCES = ['on-call-clinicians', 'co-responders'] as const;
export type SharedResource = (typeof SHARED_RESOURCES)[number];

/**
 * One sharing agreement between two districts, whole (not a delta). Platform data like the
 * registry: published in the platform tenant (`ce_districtid: platform`) and kept by every service
 * in memory, so a dispatch or a request acting in a partner district can be checked against it.
 */
export const SharingAgreementSchema = Payload({
  agreementId: uuid,
  /** The district whose staff are shared. */
  providerDistrictId: Type.String({ pattern: DISTRICT_ID_PATTERN }),
  /** The district whose campuses they may serve; records they create there are its records. */
  receiverDistrictId: Type.String({ pattern: DISTRICT_ID_PATTERN }),
  /** Campuses of the receiving district the agreement covers. */
  campusIds: Type.Array(campusId, { minItems: 1, maxItems: 500 }),
  shares: Type.Array(StringEnum(SHARED_RESOURCES), { minItems: 1, maxItems: SHARED_RESOURCES.length }),
  /** In force from this instant... */
  effectiveFrom: dateTime,
  /** ...until this one (exclusive); null: open-ended. */
  effectiveUntil: Nullable(dateTime),
  /** Set when either district ended the agreement early: not in force from this instant on. */
  endedAt: Nullable(dateTime),
});
export type SharingAgreement = Static<typeof SharingAgreementSchema>;

const agreementExample: SharingAgreement = {
  agreementId: '3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b',
  providerDistrictId: 'elpaso-isd',
  receiverDistrictId: 'canutillo-isd',
  campusIds: ['campus-hs-01'],
  shares: ['on-call-clinicians'],
  effectiveFrom: '2026-12-01T06:00:00.000Z',
  effectiveUntil: '2027-06-01T05:00:00.000Z',
  endedAt: null,
};

export const SharingAgreementRecordedEvent = defineEvent({
  type: 'staffing.sharing-agreement.recorded',
  topic: STAFFING_SHARING_AGREEMENT_TOPIC,
  version: 1,
  summary: 'Two districts agreed to share on-call clinicians and/or co-responders for named campuses of the receiving district, between two instants.',
  keyField: 'agreementId',
  schema: SharingAgreementSchema,
  example: agreementExample,
});

export const SharingAgreementChangedEvent = defineEvent({
  type: 'staffing.sharing-agreement.changed',
  topic: STAFFING_SHARING_AGREEMENT_TOPIC,
  version: 1,
  summary: 'A sharing agreement changed (campuses, shares, dates) or was ended early. Carries the whole agreement; upsert by agreementId.',
  keyField: 'agreementId',
  schema: SharingAgreementSchema,
  example: { ...agreementExample, endedAt: '2027-02-01T12:00:00.000Z' },
});

/** Whether the agreement lends `share` to `campusId` at `at` (the one definition every service applies). */
export function agreementCovers(a: SharingAgreement, share: SharedResource, campusId: string | undefined, at: Date): boolean {
  const t = at.getTime();
  if (t < Date.parse(a.effectiveFrom)) return false;
  if (a.effectiveUntil !== null && t >= Date.parse(a.effectiveUntil)) return false;
  if (a.endedAt !== null && t >= Date.parse(a.endedAt)) return false;
  return a.shares.includes(share) && (campusId === undefined || a.campusIds.includes(campusId));
}
