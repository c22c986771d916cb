import { defineEvent } from '../define-event.js';
import { Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';
import { ANALYTICS_INCIDENT_TOPIC } from './incident.topic.js';

/**
 * Demographic categories the SIS (PEIMS-like coding) sends per student, as closed vocabularies, and the
 * data teams' de-identified count of one student in one group (R12, issue 18).
 */
export const GRADE_BAND_VALUES = ['PK-2', '3-5', '6-8', '9-12'] as const;
export const SEX_VALUES = ['female', 'male', 'not-reported'] as const;
export const RACE_ETHNICITY_VALUES = [
  'hispanic-latino', 'american-indian-alaska-native', 'asian', 'black-african-american', 'native-hawaiian-pacific-islander', 'white', 'two-or-more', 'not-reported',
] as const;
export const SPECIAL_EDUCATION_VALUES = ['iep', 'section-504', 'none'] as const;
export const EMERGENT_BILINGUAL_VALUES = ['yes', 'no'] as const;
export type GradeBandValue = (typeof GRADE_BAND_VALUES)[number];
export type SexValue = (typeof SEX_VALUES)[number];
export type RaceEthnicityValue = (typeof RACE_ETHNICITY_VALUES)[number];
export type SpecialEducationValue = (typeof SPECIAL_EDUCATION_VALUES)[number];
export type EmergentBilingualValue = (typeof EMERGENT_BILINGUAL_VALUES)[number];

export const STUDENT_GROUP_DIMENSIONS = {
  gradeBand: GRADE_BAND_VALUES,
  sex: SEX_VALUES,
  raceEthnicity: RACE_ETHNICITY_VALUES,
  specialEducation: SPECIAL_EDUCATION_VALUES,
  emergentBilingual: EMERGENT_BILINGUAL_VALUES,
} as const;
export type StudentGroupDimension = keyof typeof STUDENT_GROUP_DIMENSIONS;
export const STUDENT_GROUP_DIMENSION_VALUES = Object.keys(STUDENT_GROUP_DIMENSIONS) as StudentGroupDimension[];
/** Every value of every dimension, plus 'unknown' for a student the SIS sent nothing about. */
export const STUDENT_GROUP_VALUES = [...new Set(['unknown', ...Object.values(STUDENT_GROUP_DIMENSIONS).flat()])];

/** What a group count is a count of: students involved in incidents, arrested, diverted, subject of force. */
export const STUDENT_GROUP_MEASURE_VALUES = ['involved', 'arrest', 'diversion', 'use-of-force'] as const;
export type StudentGroupMeasureValue = (typeof STUDENT_GROUP_MEASURE_VALUES)[number];

/**
 * One student of one fact, in ONE dimension, on the analytics incident topic (apart from incident.topic.ts
 * only for length). Deliberately apart from the incident's facts: no pseudonym,
 * no incident's analytic id, no campus and only the month, so the stream never puts a demographic value
 * next to a pseudonym, and never two dimensions of one student together (their combination is a
 * quasi-identifier). Only margins per dimension can be counted, which is what disproportionality needs.
 */
export const AnalyticsStudentGroupCountedSchema = Payload({
  /** Keyed HMAC (analyticKeyId) of measure, source fact, student and dimension: at-least-once delivery dedups on it. */
  analyticGroupFactId: Type.String({ pattern: '^[A-Za-z0-9_-]{43}$' }),
  /** The first day of the month of the fact. */
  monthOf: Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-01$' }),
  measure: StringEnum(STUDENT_GROUP_MEASURE_VALUES),
  dimension: StringEnum(STUDENT_GROUP_DIMENSION_VALUES),
  value: StringEnum(STUDENT_GROUP_VALUES),
  analyticKeyId: Type.String({ minLength: 1, maxLength: 32 }),
});
export type AnalyticsStudentGroupCounted = Static<typeof AnalyticsStudentGroupCountedSchema>;

export const AnalyticsStudentGroupCountedEvent = defineEvent({
  type: 'analytics.student-group.counted',
  topic: ANALYTICS_INCIDENT_TOPIC,
  version: 2,
  summary: 'De-identified: one student of an incident, arrest, diversion or use of force, in one demographic dimension; month only, no pseudonym, no campus.',
  keyField: 'analyticGroupFactId',
  // The day would tie a student's group records to the facts written that day (R12).
  timeResolution: 'month',
  schema: AnalyticsStudentGroupCountedSchema,
  example: {
    analyticGroupFactId: 'c3R1ZGVudC1ncm91cC1hbmFseXRpYy1pZC1leGFtcGw',
    monthOf: '2026-11-01',
    measure: 'involved',
    dimension: 'gradeBand',
    value: '9-12',
    analyticKeyId: 'ids-2026-1',
  },
});
