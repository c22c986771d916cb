import { Type } from '../schema/payload-schema.js';

/** A course code as the catalogue spells it; events about a course carry it, not the course id. */
export const courseCode = Type.String({ minLength: 1, maxLength: 32 });
