import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StaffAddedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem } from '#platform';
import { StaffMember } from '../data/staff-member.entity.js';
import { addToRoster, staffAdded } from '../data/staff-records.js';
import type { AddStaffMemberDto } from './add-staff-member.dto.js';

@Injectable()
export class AddStaffMemberHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(dto: AddStaffMemberDto): Promise<StaffMember> {
    return this.dataSource.transaction(async (em) => {
      if (dto.supervisorId && !(await em.existsBy(StaffMember, { id: dto.supervisorId }))) {
        throw new Problem(422, 'STAFF.SUPERVISOR_NOT_FOUND', `No staff member ${dto.supervisorId} to report to`);
      }
      const member = await addToRoster(em, {
        employeeId: dto.employeeId,
        displayName: dto.displayName,
        role: dto.role,
        unit: dto.unit,
        licenseNumber: dto.licenseNumber ?? null,
        supervisorId: dto.supervisorId ?? null,
      });
      await this.outbox.add(em, StaffAddedEvent, { ...staffAdded(member), supervisorId: member.supervisorId });
      return member;
    });
  }
}
