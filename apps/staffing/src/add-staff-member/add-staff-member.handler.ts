import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StaffAddedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { insertUnique, Problem } from '#platform';
import { StaffMember } from '../staff/staff-member.entity.js';
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
      const member = await insertUnique(
        em.getRepository(StaffMember),
        {
          employeeId: dto.employeeId,
          displayName: dto.displayName,
          role: dto.role,
          unit: dto.unit,
          licenseNumber: dto.licenseNumber ?? null,
          supervisorId: dto.supervisorId ?? null,
          active: true,
        },
        () => Problem.conflict('STAFF.DUPLICATE_EMPLOYEE', `Employee ${dto.employeeId} is already on the roster`),
      );
      await this.outbox.add(em, StaffAddedEvent, {
        staffId: member.id,
        employeeId: member.employeeId,
        role: member.role,
        unit: member.unit,
        licensed: member.licenseNumber !== null,
        supervisorId: member.supervisorId,
      });
      return member;
    });
  }
}
