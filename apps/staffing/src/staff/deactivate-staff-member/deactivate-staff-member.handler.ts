import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StaffDeactivatedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem } from '#platform';
import { StaffMember } from '../data/staff-member.entity.js';
import type { DeactivateStaffMemberDto } from './deactivate-staff-member.dto.js';

@Injectable()
export class DeactivateStaffMemberHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(id: string, dto: DeactivateStaffMemberDto, now: Date): Promise<StaffMember> {
    return this.dataSource.transaction(async (em) => {
      const member = await em.findOne(StaffMember, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!member) throw Problem.notFound('STAFF.NOT_FOUND', `No staff member ${id}`);
      if (!member.active) throw Problem.conflict('STAFF.ALREADY_INACTIVE', `Staff member ${id} is inactive already`);
      Object.assign(member, { active: false, deactivatedAt: now, deactivationReason: dto.reason });
      await em.save(member);
      await this.outbox.add(em, StaffDeactivatedEvent, { staffId: id, reason: dto.reason });
      return member;
    });
  }
}
