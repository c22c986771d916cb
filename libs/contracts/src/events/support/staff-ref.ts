import { Type } from '../schema/payload-schema.js';

/** A staff member as the identity provider names them (clinical topics carry no free text beside it). */
export const staffRef = Type.String({ minLength: 1, maxLength: 128, description: 'Staff id at the identity provider' });
