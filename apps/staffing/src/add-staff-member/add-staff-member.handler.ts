import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { insertUnique, Problem } from '#platform';
import { StaffMember } from '../staff/staff-member.entity.js';
import type { AddStaffMemberDto } from './add-staff-member.dto.js';

@Injectable()
export class AddStaffMemberHandler {
  constructor(@InjectRepository(StaffMember) private readonly staff: Repository<StaffMember>) {}

  execute(dto: AddStaffMemberDto): Promise<StaffMember> {
    return insertUnique(
      this.staff,
      {
        employeeId: dto.employeeId,
        displayName: dto.displayName,
        role: dto.role,
        unit: dto.unit,
        licenseNumber: dto.licenseNumber ?? null,
        active: true,
      },
      () => Problem.conflict('STAFF.DUPLICATE_EMPLOYEE', `Employee ${dto.employeeId} is already on the roster`),
    );
  }
}
