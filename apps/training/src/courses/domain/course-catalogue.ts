import { COURSE_CATEGORY_VALUES } from '#contracts';

export const COURSE_CATEGORIES = COURSE_CATEGORY_VALUES;
export type CourseCategory = (typeof COURSE_CATEGORIES)[number];

/** A catalogue code (CIT-40): what certifications, completions and imports name a course by. */
export const COURSE_CODE = /^[A-Z0-9][A-Z0-9-]{0,31}$/;
export const COURSE_CODE_RULE = 'courseCode must be a catalogue code such as CIT-40';
