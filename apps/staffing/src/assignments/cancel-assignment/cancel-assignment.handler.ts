import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssignmentChangedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem } from '#platform';
import { assignmentChanged, lockAssignment } from '../data/assignment-records.js';
import type { CampusAssignment } from '../data/campus-assignment.entity.js';

/** Withdraws an assignment recorded in error; it no longer blocks other primary assignments. */
@Injectable()
export class CancelAssignmentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(id: string): Promise<CampusAssignment> {
    return this.dataSource.transaction(async (em) => {
      const assignment = await lockAssignment(em, id);
      if (assignment.cancelled) throw Problem.conflict('ASSIGNMENT.CANCELLED', `Assignment ${id} was withdrawn already`);
      assignment.cancelled = true;
      const saved = await em.save(assignment);
      await this.outbox.add(em, AssignmentChangedEvent, assignmentChanged(saved));
      return saved;
    });
  }
}
