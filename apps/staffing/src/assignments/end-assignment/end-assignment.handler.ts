import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssignmentChangedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem } from '#platform';
import { assignmentChanged, lockAssignment, savePreventingOverlap } from '../data/assignment-records.js';
import type { CampusAssignment } from '../data/campus-assignment.entity.js';

/** Sets (or moves) the end date; moving it later can overlap the next primary assignment, which the DB refuses. */
@Injectable()
export class EndAssignmentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(id: string, effectiveTo: string): Promise<CampusAssignment> {
    return this.dataSource.transaction(async (em) => {
      const assignment = await lockAssignment(em, id);
      if (assignment.cancelled) throw Problem.conflict('ASSIGNMENT.CANCELLED', `Assignment ${id} was withdrawn`);
      if (effectiveTo <= assignment.effectiveFrom) {
        throw new Problem(422, 'ASSIGNMENT.EMPTY_PERIOD', `effectiveTo must come after ${assignment.effectiveFrom}; withdraw it instead`);
      }
      assignment.effectiveTo = effectiveTo;
      const saved = await savePreventingOverlap(em, assignment);
      await this.outbox.add(em, AssignmentChangedEvent, assignmentChanged(saved));
      return saved;
    });
  }
}
