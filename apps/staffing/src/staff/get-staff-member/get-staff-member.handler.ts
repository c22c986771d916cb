import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StaffMember } from '../data/staff-member.entity.js';
import { findStaffMember } from '../data/staff-records.js';

@Injectable()
export class GetStaffMemberHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(id: string): Promise<StaffMember> {
    return findStaffMember(this.dataSource.manager, id);
  }
}
