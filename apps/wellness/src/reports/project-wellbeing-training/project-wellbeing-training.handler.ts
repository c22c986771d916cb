import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CompletionRecordedEvent, type CloudEvent, type CompletionRecorded } from '#contracts';
import { countsTowardWellbeingGoal } from '#consent';
import { InboxConsumer, InboxContext } from '#messaging';

/** W13: keeps stress-management and resilience completions (hours per person and day); other courses are ignored. */
@InboxConsumer('wellness.wellbeing-training')
export class ProjectWellbeingTrainingHandler {
  @EventPattern<string>(CompletionRecordedEvent.type)
  async completionRecorded(@Payload() event: CloudEvent<CompletionRecorded>, @Ctx() { em }: InboxContext): Promise<void> {
    const c = event.data;
    if (!countsTowardWellbeingGoal(c.category)) return;
    await em.query(
      `INSERT INTO wellbeing_completion (completion_id, staff_id, completed_on, hours) VALUES ($1, $2, $3, $4) ON CONFLICT (district_id, completion_id) DO NOTHING`,
      [c.completionId, c.staffId, c.completedOn, c.hours],
    );
  }
}
