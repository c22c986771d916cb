import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, keysetTimestamp, toPage, type KeysetKind } from './keyset-cursor.js';
import { pageSize, type PageQuery } from './page-query.js';

/** One sort key of a list: its SQL column (alias-qualified, e.g. `s.display_name`) and its kind. */
export interface KeysetKey {
  column: string;
  kind: KeysetKind;
}

const CAST: Record<KeysetKind, string> = { timestamp: 'timestamptz', date: 'date', uuid: 'uuid', text: 'text', int: 'bigint' };

function cursorSelect(k: KeysetKey): string {
  if (k.kind === 'timestamp') return keysetTimestamp(k.column);
  return k.kind === 'int' ? `${k.column}::bigint` : `${k.column}::text`;
}

/**
 * One keyset page of a filtered TypeORM query: orders by `keys` (all in `direction`; the last key
 * must be unique, e.g. the id), continues after the cursor with a row comparison the matching
 * (filter, keys...) index serves, and fetches one extra row to know whether a next page exists.
 */
export async function keysetPage<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  keys: readonly KeysetKey[],
  direction: 'ASC' | 'DESC',
  q: PageQuery,
): Promise<{ items: E[]; nextCursor: string | null }> {
  const size = pageSize(q);
  if (q.cursor) {
    const values = decodeCursor(q.cursor, keys.map((k) => k.kind));
    const params = Object.fromEntries(values.map((v, i) => [`keyset_${i}`, v]));
    const cols = keys.map((k) => k.column).join(', ');
    const vals = keys.map((k, i) => `CAST(:keyset_${i} AS ${CAST[k.kind]})`).join(', ');
    qb.andWhere(`(${cols}) ${direction === 'ASC' ? '>' : '<'} (${vals})`, params);
  }
  keys.forEach((k, i) => {
    qb.addSelect(cursorSelect(k), `keyset_${i}`);
    qb.addOrderBy(k.column, direction);
  });
  const { entities, raw } = await qb.limit(size + 1).getRawAndEntities<Record<string, string | number>>();
  const rows = entities.map((entity, i) => ({ entity, key: keys.map((k, j) => (k.kind === 'int' ? Number(raw[i][`keyset_${j}`]) : String(raw[i][`keyset_${j}`]))) }));
  return toPage(rows, size, (r) => r.key, (r) => r.entity);
}
