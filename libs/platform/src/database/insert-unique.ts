import type { DeepPartial, ObjectLiteral, Repository } from 'typeorm';
import type { Problem } from '../errors/problem.js';

/**
 * Inserts a row guarded by a unique constraint and returns it, or throws `onConflict`.
 * ON CONFLICT DO NOTHING keeps check-and-insert atomic under concurrent callers.
 */
export async function insertUnique<T extends ObjectLiteral & { id: string }>(
  repo: Repository<T>,
  values: DeepPartial<T>,
  onConflict: () => Problem,
): Promise<T> {
  const inserted = await repo
    .createQueryBuilder()
    .insert()
    .values(values as never)
    .orIgnore()
    .returning('id')
    .execute();
  const id = (inserted.raw as { id: string }[])[0]?.id;
  if (!id) throw onConflict();
  return repo.findOneByOrFail({ id } as never);
}
