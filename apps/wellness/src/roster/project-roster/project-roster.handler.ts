import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { StaffAddedEvent, StaffDeactivatedEvent, type CloudEvent, type StaffAdded, type StaffDeactivated } from '#contracts';
import { InboxConsumer, InboxContext } from '#messaging';

/** Roster read model: units for report cells (W11), supervisors for the chain of command (W8). */
@InboxConsumer('wellness.roster')
export class ProjectRosterHandler {
  @EventPattern<string>(StaffAddedEvent.type)
  async staffAdded(@Payload() event: CloudEvent<StaffAdded>, @Ctx() { em }: InboxContext): Promise<void> {
    const s = event.data;
    await em.query(
      `INSERT INTO staff_member (staff_id, role, unit, supervisor_id, active) VALUES ($1, $2, $3, $4, true)
       ON CONFLICT (district_id, staff_id) DO UPDATE SET role = EXCLUDED.role, unit = EXCLUDED.unit, supervisor_id = EXCLUDED.supervisor_id, active = true`,
      [s.staffId, s.role, s.unit, s.supervisorId ?? null],
    );
  }

  @EventPattern<string>(StaffDeactivatedEvent.type)
  async staffDeactivated(@Payload() event: CloudEvent<StaffDeactivated>, @Ctx() { em }: InboxContext): Promise<void> {
    await em.query(`UPDATE staff_member SET active = false WHERE staff_id = $1`, [event.data.staffId]);
  }
}
