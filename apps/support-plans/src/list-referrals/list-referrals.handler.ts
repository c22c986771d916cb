import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Problem } from '#platform';
import { Referral } from '../referral/referral.entity.js';
import type { ListReferralsQuery } from './list-referrals.dto.js';

// The cursor keeps created_at to the microsecond: a JS Date would cut it to the millisecond and repeat rows.
const CURSOR_TS = `to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const encode = (ts: string, id: string) => Buffer.from(`${ts}|${id}`).toString('base64url');

function decode(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!id || Number.isNaN(Date.parse(createdAt))) {
    throw new Problem(400, 'REQUEST.VALIDATION_FAILED', 'cursor is not a nextCursor from a previous page', {
      errors: [{ field: 'cursor', message: 'cursor is not a nextCursor from a previous page' }],
    });
  }
  return { createdAt, id };
}

/** Oldest first with keyset pagination on (created_at, id): pages stay stable while referrals arrive. */
@Injectable()
export class ListReferralsHandler {
  constructor(@InjectRepository(Referral) private readonly referrals: Repository<Referral>) {}

  async execute(q: ListReferralsQuery): Promise<{ items: Referral[]; nextCursor: string | null }> {
    const limit = q.limit ?? 50;
    const qb = this.referrals.createQueryBuilder('r').where('r.status = :status', { status: q.status ?? 'received' });
    if (q.campusId) qb.andWhere('r.campusId = :campusId', { campusId: q.campusId });
    if (q.studentId) qb.andWhere('r.studentId = :studentId', { studentId: q.studentId });
    if (q.cursor) {
      const after = decode(q.cursor);
      qb.andWhere('(r.createdAt, r.id) > (:createdAt, :id)', after);
    }
    const { entities, raw } = await qb
      .addSelect(CURSOR_TS, 'cursor_ts')
      .orderBy('r.createdAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(limit + 1)
      .getRawAndEntities<{ cursor_ts: string }>();
    const items = entities.slice(0, limit);
    return { items, nextCursor: entities.length > limit ? encode(raw[limit - 1].cursor_ts, items[limit - 1].id) : null };
  }
}
