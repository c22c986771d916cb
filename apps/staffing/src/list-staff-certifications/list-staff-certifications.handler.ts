import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Problem } from '#platform';
import { StaffCertification } from '../staff/staff-certification.entity.js';
import { StaffMember } from '../staff/staff-member.entity.js';

@Injectable()
export class ListStaffCertificationsHandler {
  constructor(
    @InjectRepository(StaffMember) private readonly staff: Repository<StaffMember>,
    @InjectRepository(StaffCertification) private readonly certifications: Repository<StaffCertification>,
  ) {}

  async execute(staffId: string): Promise<StaffCertification[]> {
    if (!(await this.staff.existsBy({ id: staffId }))) throw Problem.notFound('STAFF.NOT_FOUND', `No staff member ${staffId}`);
    return this.certifications.find({ where: { staffId, revoked: false }, order: { issuedOn: 'ASC' } });
  }
}
