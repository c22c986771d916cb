import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AssignmentChangedEvent,
  OnCallShiftChangedEvent,
  OnCallShiftPublishedEvent,
  StaffAddedEvent,
  StaffDeactivatedEvent,
  type AssignmentChanged,
  type CloudEvent,
  type OnCallShift,
  type StaffAdded,
  type StaffDeactivated,
} from '#contracts';
import type { EventHandler } from '#messaging';

/**
 * The staffing facts dispatch needs, kept locally: who is an active officer or licensed clinician,
 * campus assignments and on-call shifts. Assignment and shift events carry the whole state, so
 * they are upserts, skipped when older than what is stored (as_of = the event time).
 */
@Injectable()
export class ProjectRosterHandler implements EventHandler {
  readonly consumer = 'incidents.co-responder-roster';
  readonly handles = [StaffAddedEvent, StaffDeactivatedEvent, AssignmentChangedEvent, OnCallShiftPublishedEvent, OnCallShiftChangedEvent];

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    switch (event.type) {
      case StaffAddedEvent.type:
        return this.staffAdded(event.data as StaffAdded, event.time, em);
      case StaffDeactivatedEvent.type:
        return this.staffDeactivated(event.data as StaffDeactivated, event.time, em);
      case AssignmentChangedEvent.type:
        return this.assignment(event.data as AssignmentChanged, event.time, em);
      default:
        return this.shift(event.data as OnCallShift, event.time, em);
    }
  }

  /** Leaves deactivated_at alone: a deactivation that arrived first (another partition) still stands. */
  private async staffAdded(s: StaffAdded, at: string, em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO roster_staff (staff_id, employee_id, role, unit, licensed, added_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (staff_id) DO UPDATE
         SET employee_id = EXCLUDED.employee_id, role = EXCLUDED.role, unit = EXCLUDED.unit,
             licensed = EXCLUDED.licensed, added_at = EXCLUDED.added_at`,
      [s.staffId, s.employeeId, s.role, s.unit, s.licensed, at],
    );
  }

  private async staffDeactivated(s: StaffDeactivated, at: string, em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO roster_staff (staff_id, deactivated_at, deactivation_reason) VALUES ($1, $2, $3)
       ON CONFLICT (staff_id) DO UPDATE
         SET deactivated_at = LEAST(COALESCE(roster_staff.deactivated_at, EXCLUDED.deactivated_at), EXCLUDED.deactivated_at),
             deactivation_reason = COALESCE(roster_staff.deactivation_reason, EXCLUDED.deactivation_reason)`,
      [s.staffId, at, s.reason],
    );
  }

  private async assignment(a: AssignmentChanged, at: string, em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO roster_assignment (assignment_id, staff_id, campus_id, is_primary, effective_from, effective_to, cancelled, as_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (assignment_id) DO UPDATE
         SET staff_id = EXCLUDED.staff_id, campus_id = EXCLUDED.campus_id, is_primary = EXCLUDED.is_primary,
             effective_from = EXCLUDED.effective_from, effective_to = EXCLUDED.effective_to,
             cancelled = EXCLUDED.cancelled, as_of = EXCLUDED.as_of
         WHERE roster_assignment.as_of <= EXCLUDED.as_of`,
      [a.assignmentId, a.staffId, a.campusId, a.primary, a.effectiveFrom, a.effectiveTo, a.cancelled, at],
    );
  }

  private async shift(s: OnCallShift, at: string, em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO on_call_shift (shift_id, staff_id, campus_ids, starts_at, ends_at, cancelled, as_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (shift_id) DO UPDATE
         SET staff_id = EXCLUDED.staff_id, campus_ids = EXCLUDED.campus_ids, starts_at = EXCLUDED.starts_at,
             ends_at = EXCLUDED.ends_at, cancelled = EXCLUDED.cancelled, as_of = EXCLUDED.as_of
         WHERE on_call_shift.as_of <= EXCLUDED.as_of`,
      [s.shiftId, s.staffId, s.campusIds, s.startsAt, s.endsAt, s.cancelled, at],
    );
  }
}
