import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
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
import { InboxConsumer, InboxContext } from '#messaging';

/**
 * The staffing facts dispatch needs, kept locally: who is an active officer or licensed clinician,
 * campus assignments and on-call shifts. Assignment and shift events carry the whole state, so
 * they are upserts, skipped when older than what is stored (as_of = the event time).
 */
@InboxConsumer('incidents.co-responder-roster')
export class ProjectRosterHandler {
  /** Leaves deactivated_at alone: a deactivation that arrived first (another partition) still stands. */
  @EventPattern<string>(StaffAddedEvent.type)
  async staffAdded(@Payload() { data: s, time: at }: CloudEvent<StaffAdded>, @Ctx() { em }: InboxContext): Promise<void> {
    await em.query(
      `INSERT INTO roster_staff (staff_id, employee_id, role, unit, licensed, added_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (district_id, staff_id) DO UPDATE
         SET employee_id = EXCLUDED.employee_id, role = EXCLUDED.role, unit = EXCLUDED.unit,
             licensed = EXCLUDED.licensed, added_at = EXCLUDED.added_at`,
      [s.staffId, s.employeeId, s.role, s.unit, s.licensed, at],
    );
  }

  @EventPattern<string>(StaffDeactivatedEvent.type)
  async staffDeactivated(@Payload() { data: s, time: at }: CloudEvent<StaffDeactivated>, @Ctx() { em }: InboxContext): Promise<void> {
    await em.query(
      `INSERT INTO roster_staff (staff_id, deactivated_at, deactivation_reason) VALUES ($1, $2, $3)
       ON CONFLICT (district_id, staff_id) DO UPDATE
         SET deactivated_at = LEAST(COALESCE(roster_staff.deactivated_at, EXCLUDED.deactivated_at), EXCLUDED.deactivated_at),
             deactivation_reason = COALESCE(roster_staff.deactivation_reason, EXCLUDED.deactivation_reason)`,
      [s.staffId, at, s.reason],
    );
  }

  @EventPattern<string>(AssignmentChangedEvent.type)
  async assignment(@Payload() { data: a, time: at }: CloudEvent<AssignmentChanged>, @Ctx() { em }: InboxContext): Promise<void> {
    await em.query(
      `INSERT INTO roster_assignment (assignment_id, staff_id, campus_id, is_primary, effective_from, effective_to, cancelled, as_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (district_id, assignment_id) DO UPDATE
         SET staff_id = EXCLUDED.staff_id, campus_id = EXCLUDED.campus_id, is_primary = EXCLUDED.is_primary,
             effective_from = EXCLUDED.effective_from, effective_to = EXCLUDED.effective_to,
             cancelled = EXCLUDED.cancelled, as_of = EXCLUDED.as_of
         WHERE roster_assignment.as_of <= EXCLUDED.as_of`,
      [a.assignmentId, a.staffId, a.campusId, a.primary, a.effectiveFrom, a.effectiveTo, a.cancelled, at],
    );
  }

  /**
   * A published and a changed shift both carry the whole shift. Its campuses are mirrored in
   * on_call_shift_campus (btree: the GIN index on campus_ids is never used under row-level
   * security) in the same statement, from the row as stored: nothing when the event was older,
   * none once cancelled, and campuses dropped from the shift removed.
   */
  @EventPattern<string[]>([OnCallShiftPublishedEvent.type, OnCallShiftChangedEvent.type])
  async shift(@Payload() { data: s, time: at }: CloudEvent<OnCallShift>, @Ctx() { em }: InboxContext): Promise<void> {
    await em.query(
      `WITH shift AS (
         INSERT INTO on_call_shift (shift_id, staff_id, campus_ids, starts_at, ends_at, cancelled, as_of)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (district_id, shift_id) DO UPDATE
           SET staff_id = EXCLUDED.staff_id, campus_ids = EXCLUDED.campus_ids, starts_at = EXCLUDED.starts_at,
               ends_at = EXCLUDED.ends_at, cancelled = EXCLUDED.cancelled, as_of = EXCLUDED.as_of
           WHERE on_call_shift.as_of <= EXCLUDED.as_of
         RETURNING shift_id, staff_id, campus_ids, starts_at, ends_at, cancelled
       ), dropped AS (
         DELETE FROM on_call_shift_campus c USING shift
          WHERE c.shift_id = shift.shift_id AND (shift.cancelled OR c.campus_id <> ALL (shift.campus_ids))
       )
       INSERT INTO on_call_shift_campus (campus_id, shift_id, staff_id, starts_at, ends_at)
       SELECT DISTINCT c, shift.shift_id, shift.staff_id, shift.starts_at, shift.ends_at FROM shift, unnest(shift.campus_ids) AS c WHERE NOT shift.cancelled
       ON CONFLICT (district_id, shift_id, campus_id) DO UPDATE
         SET staff_id = EXCLUDED.staff_id, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at`,
      [s.shiftId, s.staffId, s.campusIds, s.startsAt, s.endsAt, s.cancelled, at],
    );
  }
}
