import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { Problem } from '../errors/problem.js';

/** PostgreSQL's exclusion_violation: an EXCLUDE constraint refused the row. */
const EXCLUSION_VIOLATION = '23P01';

/**
 * Saves a row guarded by an exclusion constraint (no overlapping periods, say) and throws
 * `onOverlap` when the database refuses it. The constraint, not a prior SELECT, is the judge, so
 * concurrent writers cannot both get in.
 */
export async function saveExcluding<T extends ObjectLiteral>(em: EntityManager, entity: T, onOverlap: () => Problem): Promise<T> {
  try {
    return await em.save(entity);
  } catch (err) {
    if ((err as { driverError?: { code?: string } }).driverError?.code === EXCLUSION_VIOLATION) throw onOverlap();
    throw err;
  }
}
