import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { decodeCursor, keysetTimestamp, pageSize, toPage } from '#platform';
import { Referral } from '../data/referral.entity.js';
import type { ListReferralsQuery } from './list-referrals.dto.js';

/** Oldest first with keyset pagination on (created_at, id): pages stay stable while referrals arrive. */
@Injectable()
export class ListReferralsHandler {
  constructor(@InjectRepository(Referral) private readonly referrals: Repository<Referral>) {}

  async execute(q: ListReferralsQuery): Promise<{ items: Referral[]; nextCursor: string | null }> {
    const size = pageSize(q);
    const qb = this.referrals.createQueryBuilder('r').where('r.status = :status', { status: q.status ?? 'received' });
    if (q.campusId) qb.andWhere('r.campusId = :campusId', { campusId: q.campusId });
    if (q.studentId) qb.andWhere('r.studentId = :studentId', { studentId: q.studentId });
    if (q.cursor) {
      const [createdAt, id] = decodeCursor(q.cursor, ['timestamp', 'uuid']);
      qb.andWhere('(r.createdAt, r.id) > (:createdAt, :id)', { createdAt, id });
    }
    const { entities, raw } = await qb
      .addSelect(keysetTimestamp('r.created_at'), 'cursor_ts')
      .orderBy('r.createdAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(size + 1)
      .getRawAndEntities<{ cursor_ts: string }>();
    const rows = entities.map((entity, i) => ({ entity, ts: raw[i].cursor_ts }));
    return toPage(rows, size, (r) => [r.ts, r.entity.id], (r) => r.entity);
  }
}
