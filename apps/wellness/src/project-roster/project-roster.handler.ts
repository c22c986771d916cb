import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StaffAddedEvent, StaffDeactivatedEvent, type CloudEvent, type StaffAdded, type StaffDeactivated } from '#contracts';
import type { EventHandler } from '#messaging';

/** Roster read model: units for report cells (W11), supervisors for the chain of command (W8). */
@Injectable()
export class ProjectRosterHandler implements EventHandler {
  readonly consumer = 'wellness.roster';
  readonly handles = [StaffAddedEvent, StaffDeactivatedEvent];

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    if (event.type === StaffAddedEvent.type) {
      const s = event.data as StaffAdded;
      await em.query(
        `INSERT INTO staff_member (staff_id, role, unit, supervisor_id, active) VALUES ($1, $2, $3, $4, true)
         ON CONFLICT (staff_id) DO UPDATE SET role = EXCLUDED.role, unit = EXCLUDED.unit, supervisor_id = EXCLUDED.supervisor_id, active = true`,
        [s.staffId, s.role, s.unit, s.supervisorId ?? null],
      );
    } else {
      await em.query(`UPDATE staff_member SET active = false WHERE staff_id = $1`, [(event.data as StaffDeactivated).staffId]);
    }
  }
}
