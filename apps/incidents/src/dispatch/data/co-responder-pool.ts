import type { EntityManager } from 'typeorm';
import type { ClinicianCandidate, OfficerCandidate } from '../domain/choose-responders.js';
import { districtDay } from '../domain/district-day.js';
import { districtTimeZone } from '#platform';

/**
 * Who could respond to a campus at an instant, from the local projections of staffing and training
 * events only (roster_staff, roster_assignment, on_call_shift, officer_certification,
 * officer_eligibility_change), never from their services' tables.
 *
 * "Nearby" (policy): an officer assigned to the incident's campus, else to another campus of the
 * same dispatch area (dispatch_area_campus, set with PUT /dispatch-areas/{areaId}). Assignment dates
 * are district-local days, so the instant is turned into the district's calendar day first.
 */

/**
 * Whether officer `r.staff_id` is CIT-current on `day` at instant `at` (SQL parameters): an
 * unrevoked CIT certification covering that day in the certification projection AND training's
 * latest eligibility verdict at that instant (if it sent one) not saying otherwise. One definition
 * for local and partner officers.
 */
function citCurrent(day: string, at: string): string {
  return `(EXISTS (SELECT 1 FROM officer_certification c
                    WHERE c.staff_id = r.staff_id AND c.category = 'cit' AND NOT c.revoked
                      AND c.issued_on <= ${day} AND (c.expires_on IS NULL OR c.expires_on > ${day}))
           AND COALESCE((SELECT e.cit_certified AND (e.valid_through IS NULL OR e.valid_through >= ${day})
                           FROM officer_eligibility_change e
                          WHERE e.staff_id = r.staff_id AND e.effective_at <= ${at}
                          ORDER BY e.effective_at DESC LIMIT 1), true))`;
}

/**
 * Active officers assigned in scope, best first: own campus, free, primary. CIT is current when the
 * certification projection holds an unrevoked CIT certification covering that day AND training's
 * latest eligibility verdict at that instant (if it sent one) does not say otherwise: when the two
 * projections disagree for a moment (two consumer groups), dispatch fails closed.
 */
export async function officerCandidates(em: EntityManager, campusId: string, at: Date): Promise<OfficerCandidate[]> {
  const rows: { staff_id: string; rank: number; is_primary: boolean; busy: boolean; cit_current: boolean }[] = await em.query(
    `WITH scope AS (
       SELECT $1::text AS campus_id, 0 AS rank
       UNION
       SELECT m.campus_id, 1 FROM dispatch_area_campus g
         JOIN dispatch_area_campus m ON m.area_id = g.area_id AND m.campus_id <> g.campus_id
        WHERE g.campus_id = $1
     ), assigned AS (
       SELECT a.staff_id, min(s.rank) AS rank, bool_or(a.is_primary AND s.rank = 0) AS is_primary
         FROM roster_assignment a JOIN scope s ON s.campus_id = a.campus_id
        WHERE NOT a.cancelled AND a.effective_from <= $2::date AND (a.effective_to IS NULL OR a.effective_to > $2::date)
        GROUP BY a.staff_id
     )
     SELECT r.staff_id, asg.rank, asg.is_primary,
            EXISTS (SELECT 1 FROM incident i WHERE i.officer_staff_id = r.staff_id AND i.status IN ('dispatched', 'on-scene')) AS busy,
            ${citCurrent('$2::date', '$3')} AS cit_current
       FROM assigned asg JOIN roster_staff r ON r.staff_id = asg.staff_id
      WHERE r.unit = 'police' AND r.role IN ('officer', 'supervisor') AND r.added_at IS NOT NULL
        AND (r.deactivated_at IS NULL OR r.deactivated_at > $3)
      ORDER BY asg.rank, busy, asg.is_primary DESC, r.staff_id`,
    [campusId, districtDay(at, districtTimeZone()), at],
  );
  return rows.map((r) => ({
    staffId: r.staff_id,
    match: r.rank === 0 ? 'campus' : 'dispatch-area',
    primary: r.is_primary,
    busy: r.busy,
    citCurrent: r.cit_current,
  }));
}

/**
 * Licensed, active behavioral-health staff on a non-cancelled shift covering the campus at that
 * instant; free ones first. Read from on_call_shift_campus (a campus of each shift not cancelled,
 * btree, which row-level security lets the planner use; the GIN index on campus_ids it would not).
 */
export async function onCallClinicians(em: EntityManager, campusId: string, at: Date): Promise<ClinicianCandidate[]> {
  const rows: { staff_id: string; shift_id: string; busy: boolean }[] = await em.query(
    `SELECT sh.staff_id, sh.shift_id,
            EXISTS (SELECT 1 FROM incident i WHERE i.clinician_staff_id = sh.staff_id AND i.status IN ('dispatched', 'on-scene')) AS busy
       FROM on_call_shift_campus sh JOIN roster_staff r ON r.staff_id = sh.staff_id
      WHERE sh.campus_id = $1 AND sh.starts_at <= $2 AND sh.ends_at > $2
        AND r.unit = 'behavioral-health' AND r.licensed AND r.added_at IS NOT NULL
        AND (r.deactivated_at IS NULL OR r.deactivated_at > $2)
      ORDER BY busy, sh.starts_at, sh.staff_id`,
    [campusId, at],
  );
  return rows.map((r) => ({ staffId: r.staff_id, shiftId: r.shift_id, busy: r.busy }));
}

/** Shifts covering the campus at that instant whoever holds them (the side table holds no cancelled one): says why none of them counted. */
export async function coveringShiftCount(em: EntityManager, campusId: string, at: Date): Promise<number> {
  const [row]: { n: number }[] = await em.query(
    `SELECT count(*)::int AS n FROM on_call_shift_campus WHERE campus_id = $1 AND starts_at <= $2 AND ends_at > $2`,
    [campusId, at],
  );
  return row.n;
}

/**
 * For a remote consult (telehealth), when nobody on call covers the campus: any active, licensed
 * clinician on call anywhere in the district at that instant, free ones first.
 */
export async function onCallCliniciansAnywhere(em: EntityManager, at: Date): Promise<ClinicianCandidate[]> {
  const rows: { staff_id: string; shift_id: string; busy: boolean }[] = await em.query(
    `SELECT sh.staff_id, sh.shift_id,
            EXISTS (SELECT 1 FROM incident i WHERE i.clinician_staff_id = sh.staff_id AND i.status IN ('dispatched', 'on-scene')) AS busy
       FROM on_call_shift sh JOIN roster_staff r ON r.staff_id = sh.staff_id
      WHERE NOT sh.cancelled AND sh.starts_at <= $1 AND sh.ends_at > $1
        AND r.unit = 'behavioral-health' AND r.licensed AND r.added_at IS NOT NULL
        AND (r.deactivated_at IS NULL OR r.deactivated_at > $1)
      ORDER BY busy, sh.starts_at, sh.staff_id`,
    [at],
  );
  return rows.map((r) => ({ staffId: r.staff_id, shiftId: r.shift_id, busy: r.busy }));
}

/**
 * A partner district's lendable officers (issue 19, share co-responders): active, CIT-current
 * officers with any assignment in that district on `day` (its own calendar day), free ones first.
 * Run acting in the partner district (withinDistrict), so every table here is its projection.
 */
export async function partnerOfficerCandidates(em: EntityManager, day: string, at: Date): Promise<OfficerCandidate[]> {
  const rows: { staff_id: string; busy: boolean }[] = await em.query(
    `SELECT r.staff_id,
            EXISTS (SELECT 1 FROM incident i WHERE i.officer_staff_id = r.staff_id AND i.status IN ('dispatched', 'on-scene')) AS busy
       FROM roster_staff r
      WHERE r.unit = 'police' AND r.role IN ('officer', 'supervisor') AND r.added_at IS NOT NULL
        AND (r.deactivated_at IS NULL OR r.deactivated_at > $2)
        AND EXISTS (SELECT 1 FROM roster_assignment a
                     WHERE a.staff_id = r.staff_id AND NOT a.cancelled AND a.effective_from <= $1::date AND (a.effective_to IS NULL OR a.effective_to > $1::date))
        AND ${citCurrent('$1::date', '$2')}
      ORDER BY busy, r.staff_id`,
    [day, at],
  );
  return rows.map((r) => ({ staffId: r.staff_id, match: 'partner-district', primary: false, busy: r.busy, citCurrent: true }));
}

/** Which of these staff are already dispatched or on scene here (a partner's people sent to this district earlier). */
export async function busyHere(em: EntityManager, staffIds: string[]): Promise<Set<string>> {
  if (staffIds.length === 0) return new Set();
  const rows: { staff_id: string }[] = await em.query(
    `SELECT DISTINCT s.staff_id FROM incident i
       JOIN unnest($1::uuid[]) AS s(staff_id) ON s.staff_id IN (i.officer_staff_id, i.clinician_staff_id)
      WHERE i.status IN ('dispatched', 'on-scene')`,
    [staffIds],
  );
  return new Set(rows.map((r) => r.staff_id));
}
