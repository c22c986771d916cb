import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOnRoster } from '../../staff/data/staff-records.js';
import { CampusAssignment } from '../data/campus-assignment.entity.js';

@Injectable()
export class ListAssignmentsHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(staffId: string): Promise<CampusAssignment[]> {
    const em = this.dataSource.manager;
    await assertOnRoster(em, staffId);
    return em.find(CampusAssignment, { where: { staffId }, order: { effectiveFrom: 'ASC', createdAt: 'ASC' } });
  }
}
