import type { EntityManager } from 'typeorm';
import type { EventDefinition, OnCallShift } from '#contracts';
import type { Outbox } from '#messaging';
import { Problem, saveExcluding } from '#platform';
import { activeStaffMember } from '../../staff/data/staff-records.js';
import { StaffMember } from '../../staff/data/staff-member.entity.js';
import { CampusGroup } from './campus-group.entity.js';
import { OnCallShiftRecord } from './on-call-shift.entity.js';

/** Longest shift accepted: anything longer is almost certainly a typo in a date. */
export const MAX_SHIFT_MS = 7 * 86_400_000;

/** A shift as the API answers it: with the other live shifts it overlaps on a shared campus. */
export interface PublishedShift {
  shift: OnCallShiftRecord;
  overlappingShiftIds: string[];
}

export function onCallShiftEvent(s: OnCallShiftRecord): OnCallShift {
  return {
    shiftId: s.id,
    staffId: s.staffId,
    campusIds: s.campusIds,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    cancelled: s.cancelled,
  };
}

export async function lockShift(em: EntityManager, id: string): Promise<OnCallShiftRecord> {
  const shift = await em.findOne(OnCallShiftRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!shift) throw Problem.notFound('ON_CALL.SHIFT_NOT_FOUND', `No on-call shift ${id}`);
  return shift;
}

/** Only an active, licensed clinician goes on call (the clinician half of co-responder eligibility). */
export async function onCallClinician(em: EntityManager, staffId: string): Promise<StaffMember> {
  const member = await activeStaffMember(em, staffId);
  if (member.role !== 'clinician' || member.licenseNumber === null) {
    throw new Problem(422, 'ON_CALL.NOT_A_LICENSED_CLINICIAN', `Staff member ${staffId} is not a licensed clinician`);
  }
  return member;
}

/** The campuses a shift covers: a campus group's, or an explicit list (exactly one of the two). */
export async function resolveCampuses(
  em: EntityManager,
  group: string | undefined,
  campusIds: string[] | undefined,
): Promise<{ campusGroup: string | null; campusIds: string[] }> {
  if ((group === undefined) === (campusIds === undefined)) {
    throw new Problem(400, 'ON_CALL.CAMPUSES_REQUIRED', 'Give either campusGroup or campusIds, not both and not neither');
  }
  if (campusIds) return { campusGroup: null, campusIds: [...new Set(campusIds)] };
  const found = await em.findOneBy(CampusGroup, { code: group! });
  if (!found) throw new Problem(422, 'ON_CALL.UNKNOWN_CAMPUS_GROUP', `No campus group ${group}`);
  return { campusGroup: found.code, campusIds: found.campusIds };
}

export function assertShiftPeriod(startsAt: Date, endsAt: Date): void {
  if (endsAt.getTime() <= startsAt.getTime()) throw new Problem(422, 'ON_CALL.EMPTY_SHIFT', 'endsAt (exclusive) must come after startsAt');
  if (endsAt.getTime() - startsAt.getTime() > MAX_SHIFT_MS) throw new Problem(422, 'ON_CALL.SHIFT_TOO_LONG', 'A shift lasts at most 7 days');
}

function saveShift(em: EntityManager, shift: OnCallShiftRecord): Promise<OnCallShiftRecord> {
  return saveExcluding(em, shift, () => Problem.conflict('ON_CALL.DOUBLE_BOOKED', `Clinician ${shift.staffId} is already on call during part of that shift`));
}

/** Saves a new or changed shift (the database refuses a double booking), publishes it whole, and reports its overlaps. */
export async function saveAndPublishShift(em: EntityManager, outbox: Outbox, event: EventDefinition<OnCallShift>, shift: OnCallShiftRecord): Promise<PublishedShift> {
  const saved = await saveShift(em, shift);
  await outbox.add(em, event, onCallShiftEvent(saved));
  return { shift: saved, overlappingShiftIds: await overlappingShiftIds(em, saved) };
}

/** Other live shifts sharing a campus and some time with this one: reported, not refused (two on call is allowed). */
export async function overlappingShiftIds(em: EntityManager, shift: OnCallShiftRecord): Promise<string[]> {
  const rows: { id: string }[] = await em.query(
    `SELECT id FROM on_call_shift
      WHERE id <> $1 AND NOT cancelled AND campus_ids && $2::text[]
        AND tstzrange(starts_at, ends_at, '[)') && tstzrange($3, $4, '[)')
      ORDER BY starts_at, id`,
    [shift.id, shift.campusIds, shift.startsAt, shift.endsAt],
  );
  return rows.map((r) => r.id);
}
