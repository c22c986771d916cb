import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { keysetPage } from '#platform';
import { SupportPlan } from '../data/support-plan.entity.js';
import type { ListSupportPlansQuery } from './list-support-plans.dto.js';

/** Plans by clinician or campus, newest first; (filter, status, started_at, id) indexes serve each page. */
@Injectable()
export class ListSupportPlansHandler {
  constructor(@InjectRepository(SupportPlan) private readonly plans: Repository<SupportPlan>) {}

  execute(q: ListSupportPlansQuery): Promise<{ items: SupportPlan[]; nextCursor: string | null }> {
    const qb = this.plans.createQueryBuilder('p').where('p.status = :status', { status: q.status ?? 'active' });
    if (q.assignedClinicianId) qb.andWhere('p.assigned_clinician_id = :clinician', { clinician: q.assignedClinicianId });
    if (q.campusId) qb.andWhere('p.campus_id = :campusId', { campusId: q.campusId });
    const keys = [{ column: 'p.started_at', kind: 'timestamp' }, { column: 'p.id', kind: 'uuid' }] as const;
    return keysetPage(qb, keys, 'DESC', q);
  }
}
