import { date, defineEvent, uuid } from './define-event.js';

export const TRAINING_CERTIFICATION_TOPIC = 'training.certification.v1';
export const TRAINING_COURSE_TOPIC = 'training.course.v1';

export const COURSE_CATEGORY_VALUES = [
  'cit', 'mental-health-first-aid', 'de-escalation', 'tcole-legislative-update', 'alerrt', 'joint-session', 'clinician-ceu', 'other',
  // Staff well-being (issue 17): peer supporters' certification (W8) and the yearly well-being goal (W13).
  'peer-support', 'stress-management', 'resilience',
] as const;

export interface CourseAdded {
  courseId: string;
  code: string;
  category: (typeof COURSE_CATEGORY_VALUES)[number];
  hours: number;
  validityMonths: number | null;
}

export const CourseAddedEvent = defineEvent<CourseAdded>({
  type: 'training.course.added',
  topic: TRAINING_COURSE_TOPIC,
  version: 1,
  summary: 'A course was added to the training catalogue.',
  keyField: 'courseId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['courseId', 'code', 'category', 'hours', 'validityMonths'],
    properties: {
      courseId: uuid,
      code: { type: 'string', pattern: '^[A-Z0-9][A-Z0-9-]{0,31}$' },
      category: { type: 'string', enum: COURSE_CATEGORY_VALUES },
      hours: { type: 'number', minimum: 0.5 },
      validityMonths: { type: ['integer', 'null'] as never, minimum: 1 },
    },
  },
  example: { courseId: '5b1e6c0e-2f7d-4a8e-9c3b-1d2e3f4a5b6c', code: 'CIT-40', category: 'cit', hours: 40, validityMonths: 48 },
});

export interface CertificationGranted {
  certificationId: string;
  staffId: string;
  courseCode: string;
  category: (typeof COURSE_CATEGORY_VALUES)[number];
  issuedOn: string;
  /** Null when the certification does not expire. */
  expiresOn: string | null;
}

export const CertificationGrantedEvent = defineEvent<CertificationGranted>({
  type: 'training.certification.granted',
  topic: TRAINING_CERTIFICATION_TOPIC,
  version: 1,
  summary: 'A staff member holds a certification from issuedOn until expiresOn (exclusive). Feeds co-responder eligibility.',
  keyField: 'certificationId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['certificationId', 'staffId', 'courseCode', 'category', 'issuedOn', 'expiresOn'],
    properties: {
      certificationId: uuid,
      staffId: uuid,
      courseCode: { type: 'string', minLength: 1, maxLength: 32 },
      category: { type: 'string', enum: COURSE_CATEGORY_VALUES },
      issuedOn: date,
      expiresOn: { type: ['string', 'null'], format: 'date' },
    },
  },
  example: {
    certificationId: '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
    staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    courseCode: 'CIT-40',
    category: 'cit',
    issuedOn: '2026-11-23',
    expiresOn: '2030-11-23',
  },
});

export interface CertificationRevoked {
  certificationId: string;
  staffId: string;
  reason: 'recorded-in-error' | 'decertified';
}

export const CertificationRevokedEvent = defineEvent<CertificationRevoked>({
  type: 'training.certification.revoked',
  topic: TRAINING_CERTIFICATION_TOPIC,
  version: 1,
  summary: 'A certification no longer counts, from now on.',
  keyField: 'certificationId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['certificationId', 'staffId', 'reason'],
    properties: {
      certificationId: uuid,
      staffId: uuid,
      reason: { type: 'string', enum: ['recorded-in-error', 'decertified'] },
    },
  },
  example: { certificationId: '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', reason: 'recorded-in-error' },
});

export const TRAINING_ELIGIBILITY_TOPIC = 'training.eligibility.v1';

/**
 * The officer half of co-responder eligibility (policy: a current CIT certification), as training
 * sees it after a grant, a revocation or an expiry. Keyed by staff id so one person's changes stay in order.
 */
export interface EligibilityChanged {
  staffId: string;
  citCertified: boolean;
  /** Last day (inclusive) the current CIT certification is valid; null when none or it never expires. */
  validThrough: string | null;
  /** The certification that makes them eligible, or null when not eligible. */
  certificationId: string | null;
  reason: 'granted' | 'revoked' | 'expired';
  /** The instant the change takes effect. */
  effectiveAt: string;
}

export const EligibilityChangedEvent = defineEvent<EligibilityChanged>({
  type: 'training.eligibility.changed',
  topic: TRAINING_ELIGIBILITY_TOPIC,
  version: 1,
  summary: "A staff member's co-responder training eligibility (current CIT certification) changed.",
  keyField: 'staffId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['staffId', 'citCertified', 'validThrough', 'certificationId', 'reason', 'effectiveAt'],
    properties: {
      staffId: uuid,
      citCertified: { type: 'boolean' },
      validThrough: { type: ['string', 'null'], format: 'date' },
      certificationId: { type: ['string', 'null'], format: 'uuid' },
      reason: { type: 'string', enum: ['granted', 'revoked', 'expired'] },
      effectiveAt: { type: 'string', format: 'date-time' },
    },
  },
  example: {
    staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    citCertified: false,
    validThrough: null,
    certificationId: null,
    reason: 'expired',
    effectiveAt: '2028-11-23T06:00:00.000Z',
  },
});

export const CERTIFICATION_WARNING_THRESHOLDS = [90, 60, 30] as const;

export interface CertificationExpiring {
  certificationId: string;
  staffId: string;
  courseCode: string;
  category: (typeof COURSE_CATEGORY_VALUES)[number];
  /** Exclusive: the certification counts through the day before. */
  expiresOn: string;
  /** The warning threshold reached (90, 60 or 30 days before expiresOn). */
  thresholdDays: (typeof CERTIFICATION_WARNING_THRESHOLDS)[number];
  /** Days from the job's as-of date to expiresOn. */
  daysRemaining: number;
}

export const CertificationExpiringEvent = defineEvent<CertificationExpiring>({
  type: 'training.certification.expiring',
  topic: TRAINING_CERTIFICATION_TOPIC,
  version: 1,
  summary: 'A certification expires within 90, 60 or 30 days (one warning per certification and threshold).',
  keyField: 'certificationId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['certificationId', 'staffId', 'courseCode', 'category', 'expiresOn', 'thresholdDays', 'daysRemaining'],
    properties: {
      certificationId: uuid,
      staffId: uuid,
      courseCode: { type: 'string', minLength: 1, maxLength: 32 },
      category: { type: 'string', enum: COURSE_CATEGORY_VALUES },
      expiresOn: date,
      thresholdDays: { type: 'integer', enum: CERTIFICATION_WARNING_THRESHOLDS },
      daysRemaining: { type: 'integer', minimum: 1 },
    },
  },
  example: {
    certificationId: '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
    staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    courseCode: 'CIT-40',
    category: 'cit',
    expiresOn: '2030-11-23',
    thresholdDays: 60,
    daysRemaining: 58,
  },
});

export interface CertificationExpired {
  certificationId: string;
  staffId: string;
  courseCode: string;
  category: (typeof COURSE_CATEGORY_VALUES)[number];
  /** The first day the certification no longer counts. */
  expiredOn: string;
}

export const CertificationExpiredEvent = defineEvent<CertificationExpired>({
  type: 'training.certification.expired',
  topic: TRAINING_CERTIFICATION_TOPIC,
  version: 1,
  summary: 'A certification reached its expiry date (published once by the expiry job).',
  keyField: 'certificationId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['certificationId', 'staffId', 'courseCode', 'category', 'expiredOn'],
    properties: {
      certificationId: uuid,
      staffId: uuid,
      courseCode: { type: 'string', minLength: 1, maxLength: 32 },
      category: { type: 'string', enum: COURSE_CATEGORY_VALUES },
      expiredOn: date,
    },
  },
  example: {
    certificationId: '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
    staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    courseCode: 'CIT-40',
    category: 'cit',
    expiredOn: '2030-11-23',
  },
});

export const TRAINING_COMPLETION_TOPIC = 'training.completion.v1';

export interface CompletionRecorded {
  completionId: string;
  staffId: string;
  courseCode: string;
  category: (typeof COURSE_CATEGORY_VALUES)[number];
  completedOn: string;
  hours: number;
  source: 'instructor' | 'import';
}

export const CompletionRecordedEvent = defineEvent<CompletionRecorded>({
  type: 'training.completion.recorded',
  topic: TRAINING_COMPLETION_TOPIC,
  version: 1,
  summary: 'A staff member completed a course (recorded by an instructor or imported from a district system).',
  keyField: 'completionId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['completionId', 'staffId', 'courseCode', 'category', 'completedOn', 'hours', 'source'],
    properties: {
      completionId: uuid,
      staffId: uuid,
      courseCode: { type: 'string', minLength: 1, maxLength: 32 },
      category: { type: 'string', enum: COURSE_CATEGORY_VALUES },
      completedOn: date,
      hours: { type: 'number', minimum: 0.5 },
      source: { type: 'string', enum: ['instructor', 'import'] },
    },
  },
  example: {
    completionId: '2d3c4b5a-6978-4f1e-8d2c-3b4a59687f1e',
    staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    courseCode: 'DEESC-8',
    category: 'de-escalation',
    completedOn: '2026-10-14',
    hours: 8,
    source: 'import',
  },
});

/*
 * Clinician licenses (issue 18): a behavioral-health credential with a number and an expiry, warned
 * like certifications. On the certification topic (credentials), keyed by the license id.
 */
export const LICENSE_TYPE_VALUES = ['LMSW', 'LCSW', 'LPC', 'LSSP'] as const;
export type LicenseTypeValue = (typeof LICENSE_TYPE_VALUES)[number];

export interface LicenseExpiring {
  licenseId: string;
  staffId: string;
  licenseType: LicenseTypeValue;
  expiresOn: string;
  thresholdDays: (typeof CERTIFICATION_WARNING_THRESHOLDS)[number];
  daysRemaining: number;
}

export const LicenseExpiringEvent = defineEvent<LicenseExpiring>({
  type: 'training.license.expiring',
  topic: TRAINING_CERTIFICATION_TOPIC,
  version: 1,
  summary: "A clinician's license expires within 90, 60 or 30 days (one warning per license and threshold; no license number).",
  keyField: 'licenseId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['licenseId', 'staffId', 'licenseType', 'expiresOn', 'thresholdDays', 'daysRemaining'],
    properties: {
      licenseId: uuid,
      staffId: uuid,
      licenseType: { type: 'string', enum: LICENSE_TYPE_VALUES },
      expiresOn: date,
      thresholdDays: { type: 'integer', enum: CERTIFICATION_WARNING_THRESHOLDS },
      daysRemaining: { type: 'integer', minimum: 1 },
    },
  },
  example: {
    licenseId: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c',
    staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    licenseType: 'LCSW',
    expiresOn: '2027-03-31',
    thresholdDays: 90,
    daysRemaining: 90,
  },
});

export interface LicenseExpired {
  licenseId: string;
  staffId: string;
  licenseType: LicenseTypeValue;
  /** The first day the license no longer counts. */
  expiredOn: string;
}

export const LicenseExpiredEvent = defineEvent<LicenseExpired>({
  type: 'training.license.expired',
  topic: TRAINING_CERTIFICATION_TOPIC,
  version: 1,
  summary: "A clinician's license expired (no license number).",
  keyField: 'licenseId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['licenseId', 'staffId', 'licenseType', 'expiredOn'],
    properties: { licenseId: uuid, staffId: uuid, licenseType: { type: 'string', enum: LICENSE_TYPE_VALUES }, expiredOn: date },
  },
  example: { licenseId: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c', staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', licenseType: 'LCSW', expiredOn: '2027-03-31' },
});
