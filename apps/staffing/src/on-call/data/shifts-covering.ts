import type { DataSource } from 'typeorm';

export interface OnCallClinician {
  shiftId: string;
  staffId: string;
  displayName: string;
  campusIds: string[];
  startsAt: string;
  endsAt: string;
}

/** Live shifts of active clinicians covering the campus in [from, to); `at` alone is [at, at]. */
export async function shiftsCovering(dataSource: DataSource, campusId: string, from: Date, to: Date): Promise<OnCallClinician[]> {
  const rows: { shift_id: string; staff_id: string; display_name: string; campus_ids: string[]; starts_at: Date; ends_at: Date }[] =
    await dataSource.query(
      `SELECT s.id AS shift_id, s.staff_id, m.display_name, s.campus_ids, s.starts_at, s.ends_at
         FROM on_call_shift s JOIN staff_member m ON m.id = s.staff_id
        WHERE NOT s.cancelled AND m.active AND $1 = ANY (s.campus_ids)
          AND tstzrange(s.starts_at, s.ends_at, '[)') && tstzrange($2, $3, '[]')
        ORDER BY s.starts_at, s.id`,
      [campusId, from, to],
    );
  return rows.map((r) => ({
    shiftId: r.shift_id,
    staffId: r.staff_id,
    displayName: r.display_name,
    campusIds: r.campus_ids,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
  }));
}
