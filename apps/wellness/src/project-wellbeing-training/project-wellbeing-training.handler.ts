import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CompletionRecordedEvent, type CloudEvent, type CompletionRecorded } from '#contracts';
import { countsTowardWellbeingGoal } from '#consent';
import type { EventHandler } from '#messaging';

/** W13: keeps stress-management and resilience completions (hours per person and day); other courses are ignored. */
@Injectable()
export class ProjectWellbeingTrainingHandler implements EventHandler {
  readonly consumer = 'wellness.wellbeing-training';
  readonly handles = [CompletionRecordedEvent];

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    const c = event.data as CompletionRecorded;
    if (!countsTowardWellbeingGoal(c.category)) return;
    await em.query(
      `INSERT INTO wellbeing_completion (completion_id, staff_id, completed_on, hours) VALUES ($1, $2, $3, $4) ON CONFLICT (completion_id) DO NOTHING`,
      [c.completionId, c.staffId, c.completedOn, c.hours],
    );
  }
}
