import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { StaffAddedEvent, StaffDeactivatedEvent, type CloudEvent, type StaffAdded, type StaffDeactivated } from '#contracts';
import { InboxConsumer, InboxContext } from '#messaging';

/** Keeps `person` in step with staffing's roster: who the compliance reports cover. */
@InboxConsumer('training.roster')
export class ProjectRosterHandler {
  @EventPattern<string>(StaffAddedEvent.type)
  async staffAdded(@Payload() event: CloudEvent<StaffAdded>, @Ctx() { em }: InboxContext): Promise<void> {
    const s = event.data;
    await em.query(
      `INSERT INTO person (staff_id, employee_id, role, unit, licensed, active) VALUES ($1, $2, $3, $4, $5, true)
       ON CONFLICT (district_id, staff_id) DO UPDATE
         SET employee_id = EXCLUDED.employee_id, role = EXCLUDED.role, unit = EXCLUDED.unit, licensed = EXCLUDED.licensed, updated_at = now()`,
      [s.staffId, s.employeeId, s.role, s.unit, s.licensed],
    );
  }

  /** A deactivation can overtake nothing (same key, same partition), but stay safe if the added event is missing. */
  @EventPattern<string>(StaffDeactivatedEvent.type)
  async staffDeactivated(@Payload() event: CloudEvent<StaffDeactivated>, @Ctx() { em }: InboxContext): Promise<void> {
    await em.query(`UPDATE person SET active = false, updated_at = now() WHERE staff_id = $1`, [event.data.staffId]);
  }
}
