import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssignmentChangedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { assignmentChanged, savePreventingOverlap } from '../data/assignment-records.js';
import { activeStaffMember } from '../../staff/data/staff-records.js';
import { CampusAssignment } from '../data/campus-assignment.entity.js';
import type { CreateAssignmentDto } from './create-assignment.dto.js';

@Injectable()
export class CreateAssignmentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(staffId: string, dto: CreateAssignmentDto, by: Principal): Promise<CampusAssignment> {
    if (dto.effectiveTo !== undefined && dto.effectiveTo <= dto.effectiveFrom) {
      throw new Problem(422, 'ASSIGNMENT.EMPTY_PERIOD', 'effectiveTo (exclusive) must come after effectiveFrom');
    }
    return this.dataSource.transaction(async (em) => {
      await activeStaffMember(em, staffId);
      const assignment = await savePreventingOverlap(
        em,
        em.create(CampusAssignment, {
          staffId,
          campusId: dto.campusId,
          primary: dto.primary,
          effectiveFrom: dto.effectiveFrom,
          effectiveTo: dto.effectiveTo ?? null,
          cancelled: false,
          createdBy: by.sub,
        }),
      );
      await this.outbox.add(em, AssignmentChangedEvent, assignmentChanged(assignment));
      return assignment;
    });
  }
}
