import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { keysetPage } from '#platform';
import { Candidate } from '../data/candidate.entity.js';
import { OfferDecision } from '../data/offer-decision.entity.js';
import { Position } from '../data/position.entity.js';
import { Requisition } from '../data/requisition.entity.js';
import type { ListCandidatesQuery, ListPositionsQuery, ListRequisitionsQuery } from './list-hiring.dto.js';

type Page<T> = { items: T[]; nextCursor: string | null };

/** The hiring pipeline's lists; each filter has a (filter, sort keys) index (migration 1764300000000). */
@Injectable()
export class ListHiringHandler {
  constructor(
    @InjectRepository(Position) private readonly positions: Repository<Position>,
    @InjectRepository(Requisition) private readonly requisitions: Repository<Requisition>,
    @InjectRepository(Candidate) private readonly candidates: Repository<Candidate>,
    @InjectRepository(OfferDecision) private readonly decisions: Repository<OfferDecision>,
  ) {}

  positionsPage(q: ListPositionsQuery): Promise<Page<Position>> {
    const qb = this.positions.createQueryBuilder('p').where('true');
    if (q.role) qb.andWhere('p.role = :role', { role: q.role });
    if (q.unit) qb.andWhere('p.unit = :unit', { unit: q.unit });
    return keysetPage(qb, [{ column: 'p.code', kind: 'text' }], 'ASC', q);
  }

  requisitionsPage(q: ListRequisitionsQuery): Promise<Page<Requisition>> {
    const qb = this.requisitions.createQueryBuilder('r').where('r.status = :status', { status: q.status ?? 'open' });
    if (q.positionId) qb.andWhere('r.position_id = :positionId', { positionId: q.positionId });
    const keys = [{ column: 'r.opened_at', kind: 'timestamp' }, { column: 'r.id', kind: 'uuid' }] as const;
    return keysetPage(qb, keys, 'DESC', q);
  }

  async candidatesPage(q: ListCandidatesQuery): Promise<Page<{ candidate: Candidate; decisions: OfferDecision[] }>> {
    const qb = this.candidates.createQueryBuilder('c').where('true');
    if (q.status) qb.andWhere('c.status = :status', { status: q.status });
    if (q.requisitionId) qb.andWhere('c.requisition_id = :requisitionId', { requisitionId: q.requisitionId });
    const keys = [{ column: 'c.created_at', kind: 'timestamp' }, { column: 'c.id', kind: 'uuid' }] as const;
    const page = await keysetPage(qb, keys, 'ASC', q);
    // The page's offer decisions in one query, not one per candidate.
    const decisions = page.items.length ? await this.decisions.findBy({ candidateId: In(page.items.map((c) => c.id)) }) : [];
    return {
      items: page.items.map((candidate) => ({ candidate, decisions: decisions.filter((d) => d.candidateId === candidate.id) })),
      nextCursor: page.nextCursor,
    };
  }
}
