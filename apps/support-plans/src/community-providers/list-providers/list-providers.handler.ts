import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { keysetPage } from '#platform';
import { CommunityProvider } from '../data/community-provider.entity.js';
import type { ListCommunityProvidersQuery } from './list-providers.dto.js';

/** Active providers by agency name, then id. */
@Injectable()
export class ListProvidersHandler {
  constructor(@InjectRepository(CommunityProvider) private readonly providers: Repository<CommunityProvider>) {}

  execute(q: ListCommunityProvidersQuery): Promise<{ items: CommunityProvider[]; nextCursor: string | null }> {
    const qb = this.providers.createQueryBuilder('p').where('p.active');
    if (q.service) qb.andWhere(':service = ANY (p.services)', { service: q.service });
    if (q.part2Program !== undefined) qb.andWhere('p.part2_program = :part2', { part2: q.part2Program });
    const keys = [{ column: 'p.agency', kind: 'text' }, { column: 'p.id', kind: 'uuid' }] as const;
    return keysetPage(qb, keys, 'ASC', q);
  }
}
