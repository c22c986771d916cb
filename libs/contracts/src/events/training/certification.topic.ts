import { date, defineEvent, uuid } from '../define-event.js';
import { IntegerEnum, Nullable, Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';
import { courseCode } from './course-code.js';
import { COURSE_CATEGORY_VALUES } from './course.topic.js';

/** Credentials: course certifications and (issue 18) clinician licenses, each keyed by its own id. */
export const TRAINING_CERTIFICATION_TOPIC = 'training.certification.v1';

export const CERTIFICATION_WARNING_THRESHOLDS = [90, 60, 30] as const;

const certificationEvent = { topic: TRAINING_CERTIFICATION_TOPIC, version: 1, keyField: 'certificationId' } as const;
const certified = { certificationId: uuid, staffId: uuid, courseCode, category: StringEnum(COURSE_CATEGORY_VALUES) };
const certifiedExample = {
  certificationId: '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
  staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  courseCode: 'CIT-40',
  category: 'cit' as const,
};

export const CertificationGrantedSchema = Payload({
  ...certified,
  issuedOn: date,
  /** Null when the certification does not expire. */
  expiresOn: Nullable(date),
});
export type CertificationGranted = Static<typeof CertificationGrantedSchema>;

export const CertificationGrantedEvent = defineEvent({
  ...certificationEvent,
  type: 'training.certification.granted',
  summary: 'A staff member holds a certification from issuedOn until expiresOn (exclusive). Feeds co-responder eligibility.',
  schema: CertificationGrantedSchema,
  example: { ...certifiedExample, issuedOn: '2026-11-23', expiresOn: '2030-11-23' },
});

export const CertificationRevokedSchema = Payload({ certificationId: uuid, staffId: uuid, reason: StringEnum(['recorded-in-error', 'decertified']) });
export type CertificationRevoked = Static<typeof CertificationRevokedSchema>;

export const CertificationRevokedEvent = defineEvent({
  ...certificationEvent,
  type: 'training.certification.revoked',
  summary: 'A certification no longer counts, from now on.',
  schema: CertificationRevokedSchema,
  example: { certificationId: certifiedExample.certificationId, staffId: certifiedExample.staffId, reason: 'recorded-in-error' },
});

const warning = {
  /** The warning threshold reached (90, 60 or 30 days before expiresOn). */
  thresholdDays: IntegerEnum(CERTIFICATION_WARNING_THRESHOLDS),
  /** Days from the job's as-of date to expiresOn. */
  daysRemaining: Type.Integer({ minimum: 1 }),
};

export const CertificationExpiringSchema = Payload({
  ...certified,
  /** Exclusive: the certification counts through the day before. */
  expiresOn: date,
  ...warning,
});
export type CertificationExpiring = Static<typeof CertificationExpiringSchema>;

export const CertificationExpiringEvent = defineEvent({
  ...certificationEvent,
  type: 'training.certification.expiring',
  summary: 'A certification expires within 90, 60 or 30 days (one warning per certification and threshold).',
  schema: CertificationExpiringSchema,
  example: { ...certifiedExample, expiresOn: '2030-11-23', thresholdDays: 60, daysRemaining: 58 },
});

export const CertificationExpiredSchema = Payload({
  ...certified,
  /** The first day the certification no longer counts. */
  expiredOn: date,
});
export type CertificationExpired = Static<typeof CertificationExpiredSchema>;

export const CertificationExpiredEvent = defineEvent({
  ...certificationEvent,
  type: 'training.certification.expired',
  summary: 'A certification reached its expiry date (published once by the expiry job).',
  schema: CertificationExpiredSchema,
  example: { ...certifiedExample, expiredOn: '2030-11-23' },
});

/*
 * Clinician licenses (issue 18): a behavioral-health credential with a number and an expiry, warned
 * like certifications. On the certification topic (credentials), keyed by the license id.
 */
export const LICENSE_TYPE_VALUES = ['LMSW', 'LCSW', 'LPC', 'LSSP'] as const;
export type LicenseTypeValue = (typeof LICENSE_TYPE_VALUES)[number];

const licenseEvent = { topic: TRAINING_CERTIFICATION_TOPIC, version: 1, keyField: 'licenseId' } as const;
const licensed = { licenseId: uuid, staffId: uuid, licenseType: StringEnum(LICENSE_TYPE_VALUES) };
const licensedExample = { licenseId: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c', staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', licenseType: 'LCSW' as const };

export const LicenseExpiringSchema = Payload({ ...licensed, expiresOn: date, ...warning });
export type LicenseExpiring = Static<typeof LicenseExpiringSchema>;

export const LicenseExpiringEvent = defineEvent({
  ...licenseEvent,
  type: 'training.license.expiring',
  summary: "A clinician's license expires within 90, 60 or 30 days (one warning per license and threshold; no license number).",
  schema: LicenseExpiringSchema,
  example: { ...licensedExample, expiresOn: '2027-03-31', thresholdDays: 90, daysRemaining: 90 },
});

export const LicenseExpiredSchema = Payload({
  ...licensed,
  /** The first day the license no longer counts. */
  expiredOn: date,
});
export type LicenseExpired = Static<typeof LicenseExpiredSchema>;

export const LicenseExpiredEvent = defineEvent({
  ...licenseEvent,
  type: 'training.license.expired',
  summary: "A clinician's license expired (no license number).",
  schema: LicenseExpiredSchema,
  example: { ...licensedExample, expiredOn: '2027-03-31' },
});
