/**
 * Record classes: sensitivity labels carried by every field (DS4P style). A field's class, not
 * its record's, decides who may see it, so one record can be partly visible.
 */
export const RECORD_CLASSES = ['DIRECTORY', 'LE', 'EDU-SAFETY', 'EDU-CLIN', 'PSY-NOTE', 'SUD'] as const;

export type RecordClass = (typeof RECORD_CLASSES)[number];

/**
 * Education records under FERPA (district-employed clinicians make them). Disclosing these outside
 * the clinical team is what R7 logs. LE is not one (34 CFR 99.8); DIRECTORY is exempt.
 */
export const EDUCATION_CLASSES: ReadonlySet<RecordClass> = new Set(['EDU-SAFETY', 'EDU-CLIN', 'PSY-NOTE', 'SUD']);

/** Least to most sensitive; a decision names the basis of its most sensitive disclosed class. */
export const SENSITIVITY: Readonly<Record<RecordClass, number>> = {
  DIRECTORY: 0,
  LE: 1,
  'EDU-SAFETY': 2,
  'EDU-CLIN': 3,
  'PSY-NOTE': 4,
  SUD: 5,
};
