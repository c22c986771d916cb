import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StaffCertification } from '../data/staff-certification.entity.js';
import { assertOnRoster } from '../data/staff-records.js';

@Injectable()
export class ListStaffCertificationsHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(staffId: string): Promise<StaffCertification[]> {
    const em = this.dataSource.manager;
    await assertOnRoster(em, staffId);
    return em.find(StaffCertification, { where: { staffId, revoked: false }, order: { issuedOn: 'ASC' } });
  }
}
