import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { keysetPage } from '#platform';
import { StaffMember } from '../data/staff-member.entity.js';
import type { ListStaffQuery } from './list-staff.dto.js';

/** Keys of the roster list: the (unit|role, display_name, id) indexes serve each filter. */
export const STAFF_LIST_KEYS = [
  { column: 's.display_name', kind: 'text' },
  { column: 's.id', kind: 'uuid' },
] as const;

@Injectable()
export class ListStaffHandler {
  constructor(@InjectRepository(StaffMember) private readonly staff: Repository<StaffMember>) {}

  execute(q: ListStaffQuery): Promise<{ items: StaffMember[]; nextCursor: string | null }> {
    const qb = this.staff.createQueryBuilder('s').where('s.active = :active', { active: q.active ?? true });
    if (q.role) qb.andWhere('s.role = :role', { role: q.role });
    if (q.unit) qb.andWhere('s.unit = :unit', { unit: q.unit });
    if (q.campusId) {
      // Assigned to the campus today: [effective_from, effective_to), cancelled ones never count.
      qb.andWhere(
        `EXISTS (SELECT 1 FROM campus_assignment a WHERE a.staff_id = s.id AND a.campus_id = :campusId AND NOT a.cancelled
                   AND a.effective_from <= current_date AND (a.effective_to IS NULL OR a.effective_to > current_date))`,
        { campusId: q.campusId },
      );
    }
    return keysetPage(qb, STAFF_LIST_KEYS, 'ASC', q);
  }
}
