import { Matches } from 'class-validator';
import { COURSE_CODE, COURSE_CODE_RULE } from '../domain/course-catalogue.js';

/** A request's courseCode: a catalogue code such as CIT-40. */
export function IsCourseCode(): PropertyDecorator {
  return Matches(COURSE_CODE, { message: COURSE_CODE_RULE });
}
