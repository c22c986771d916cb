import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { keysetPage } from '#platform';
import { ThreatCase } from '../data/threat-case.entity.js';
import type { ListCasesQuery } from './list-cases.dto.js';

/** The case team's queue, oldest first; (status, [campus|level], opened_at, id) indexes serve each filter. */
@Injectable()
export class ListCasesHandler {
  constructor(@InjectRepository(ThreatCase) private readonly cases: Repository<ThreatCase>) {}

  execute(q: ListCasesQuery): Promise<{ items: ThreatCase[]; nextCursor: string | null }> {
    const qb = this.cases.createQueryBuilder('c').where('c.status = :status', { status: q.status ?? 'open' });
    if (q.campusId) qb.andWhere('c.campus_id = :campusId', { campusId: q.campusId });
    if (q.levelOfConcern === 'unassessed') qb.andWhere('c.level_of_concern IS NULL');
    else if (q.levelOfConcern) qb.andWhere('c.level_of_concern = :level', { level: q.levelOfConcern });
    const keys = [{ column: 'c.opened_at', kind: 'timestamp' }, { column: 'c.id', kind: 'uuid' }] as const;
    return keysetPage(qb, keys, 'ASC', q);
  }
}
