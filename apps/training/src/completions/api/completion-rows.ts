import { DISTRICT_ID_RULE, isCalendarDate, isDistrictId } from '#platform';
import type { Course } from '../../courses/data/course.entity.js';
import { COURSE_CODE, COURSE_CODE_RULE } from '../../courses/domain/course-catalogue.js';
import type { RowError } from '../data/completion-import.entity.js';

export interface ValidRow {
  row: number;
  staffId: string;
  course: Course;
  completedOn: string;
  hours: number;
}

export interface RowContext {
  courses: ReadonlyMap<string, Course>;
  /** Employee id → staff id, from the roster projection. */
  staffByEmployeeId: ReadonlyMap<string, string>;
  /** District day of the import: a completion cannot be in the future. */
  today: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const text = (v: unknown): string | undefined => (v === undefined || v === null || v === '' ? undefined : typeof v === 'string' ? v.trim() : String(v));

/** Checks one row against the catalogue and roster; returns the row or every problem with it. */
export function validateRow(raw: unknown, row: number, ctx: RowContext): ValidRow | RowError[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [{ row, field: '*', message: 'row must be an object' }];
  const r = raw as Record<string, unknown>;
  const errors: RowError[] = [];
  const fail = (field: string, message: string) => errors.push({ row, field, message });

  const staffIdText = text(r.staffId);
  const employeeId = text(r.employeeId);
  let staffId: string | undefined;
  if (staffIdText !== undefined) {
    if (UUID.test(staffIdText)) staffId = staffIdText.toLowerCase();
    else fail('staffId', 'staffId must be a UUID');
  } else if (employeeId !== undefined) {
    if (!isDistrictId(employeeId)) fail('employeeId', `employeeId ${DISTRICT_ID_RULE}`);
    else if (!(staffId = ctx.staffByEmployeeId.get(employeeId))) fail('employeeId', `no staff member with employee id ${employeeId} on the roster`);
  } else fail('staffId', 'staffId or employeeId is required');

  const code = text(r.courseCode);
  const course = code !== undefined && COURSE_CODE.test(code) ? ctx.courses.get(code) : undefined;
  if (code === undefined) fail('courseCode', 'courseCode is required');
  else if (!COURSE_CODE.test(code)) fail('courseCode', COURSE_CODE_RULE);
  else if (!course) fail('courseCode', `no course ${code} in the catalogue`);

  const completedOn = text(r.completedOn);
  if (completedOn === undefined) fail('completedOn', 'completedOn is required');
  else if (!isCalendarDate(completedOn)) fail('completedOn', 'completedOn must be a date (YYYY-MM-DD)');
  else if (completedOn > ctx.today) fail('completedOn', `completedOn ${completedOn} is in the future`);

  const hoursText = text(r.hours);
  let hours = course?.hours;
  if (hoursText !== undefined) {
    hours = Number(hoursText);
    if (!/^\d+(\.\d)?$/.test(hoursText) || hours < 0.5) fail('hours', 'hours must be a number of at least 0.5, one decimal at most');
    else if (course && hours > course.hours) fail('hours', `hours exceed the course's ${course.hours}`);
  }

  if (errors.length || !staffId || !course || !completedOn || hours === undefined) return errors;
  return { row, staffId, course, completedOn, hours };
}
