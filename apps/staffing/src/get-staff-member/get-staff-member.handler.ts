import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Problem } from '#platform';
import { StaffMember } from '../staff/staff-member.entity.js';

@Injectable()
export class GetStaffMemberHandler {
  constructor(@InjectRepository(StaffMember) private readonly staff: Repository<StaffMember>) {}

  async execute(id: string): Promise<StaffMember> {
    const member = await this.staff.findOneBy({ id });
    if (!member) throw Problem.notFound('STAFF.NOT_FOUND', `No staff member ${id}`);
    return member;
  }
}
