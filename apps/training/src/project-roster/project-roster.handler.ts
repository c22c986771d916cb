import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StaffAddedEvent, StaffDeactivatedEvent, type CloudEvent, type StaffAdded, type StaffDeactivated } from '#contracts';
import type { EventHandler } from '#messaging';

/** Keeps `person` in step with staffing's roster: who the compliance reports cover. */
@Injectable()
export class ProjectRosterHandler implements EventHandler {
  readonly consumer = 'training.roster';
  readonly handles = [StaffAddedEvent, StaffDeactivatedEvent];

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    if (event.type === StaffAddedEvent.type) {
      const s = event.data as StaffAdded;
      await em.query(
        `INSERT INTO person (staff_id, employee_id, role, unit, licensed, active) VALUES ($1, $2, $3, $4, $5, true)
         ON CONFLICT (staff_id) DO UPDATE
           SET employee_id = EXCLUDED.employee_id, role = EXCLUDED.role, unit = EXCLUDED.unit, licensed = EXCLUDED.licensed, updated_at = now()`,
        [s.staffId, s.employeeId, s.role, s.unit, s.licensed],
      );
    } else {
      // A deactivation can overtake nothing (same key, same partition), but stay safe if the added event is missing.
      const d = event.data as StaffDeactivated;
      await em.query(`UPDATE person SET active = false, updated_at = now() WHERE staff_id = $1`, [d.staffId]);
    }
  }
}
