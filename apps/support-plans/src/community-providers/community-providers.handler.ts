import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { keysetPage, Problem } from '#platform';
import { CommunityProvider } from './community-provider.entity.js';
import type { AddCommunityProviderDto, ListCommunityProvidersQuery } from './community-provider.dto.js';

/** The registry of community providers: add, read, list (active ones, by agency name). */
@Injectable()
export class CommunityProvidersHandler {
  constructor(@InjectRepository(CommunityProvider) private readonly providers: Repository<CommunityProvider>) {}

  add(dto: AddCommunityProviderDto, addedBy: string): Promise<CommunityProvider> {
    return this.providers.save(
      this.providers.create({
        agency: dto.agency.trim(),
        services: [...new Set(dto.services)],
        contactName: dto.contactName ?? null,
        contactPhone: dto.contactPhone ?? null,
        contactEmail: dto.contactEmail ?? null,
        part2Program: dto.part2Program,
        addedBy,
      }),
    );
  }

  async get(id: string): Promise<CommunityProvider> {
    const provider = await this.providers.findOneBy({ id });
    if (!provider) throw Problem.notFound('PROVIDER.NOT_FOUND', `No community provider ${id}`);
    return provider;
  }

  list(q: ListCommunityProvidersQuery): Promise<{ items: CommunityProvider[]; nextCursor: string | null }> {
    const qb = this.providers.createQueryBuilder('p').where('p.active');
    if (q.service) qb.andWhere(':service = ANY (p.services)', { service: q.service });
    if (q.part2Program !== undefined) qb.andWhere('p.part2_program = :part2', { part2: q.part2Program });
    const keys = [{ column: 'p.agency', kind: 'text' }, { column: 'p.id', kind: 'uuid' }] as const;
    return keysetPage(qb, keys, 'ASC', q);
  }
}
