/**
 * Seed of the tenancy benchmark (bench/tenancy.ts), as the owner (a superuser: row-level security
 * does not stop it), with district_id named explicitly, the very thing the app role cannot do.
 * Every district looks alike: 60 + 12 campuses with the same ids in every district, local student ids
 * that repeat across districts, and the same roster, certifications and on-call shifts, so the
 * measured district's rows are the same in both layouts and only the other districts' rows differ.
 */

/** Campuses the list benchmark filters by; the dispatch candidates are on DISPATCH_CAMPUSES more. */
export const CAMPUSES = 60;
const DISPATCH_CAMPUSES = 12;
const ALL_CAMPUSES = CAMPUSES + DISPATCH_CAMPUSES;
/** Campuses per dispatch area and per clinician's on-call shift. */
const GROUP = 6;
const OFFICERS_PER_CAMPUS = 3;
const CLINICIANS_PER_GROUP = 4;
/** Daily 24-hour shifts per clinician, 90 days back and 30 ahead. */
const SHIFT_DAYS_BACK = 90;
const SHIFT_DAYS_AHEAD = 30;
/** Triaged co-response incidents of the measured district that the dispatch loop consumes. */
export const DISPATCH_CANDIDATES = 6_000;
/** Local student ids per district: about 5 incidents per student whatever the layout. */
const INCIDENTS_PER_STUDENT = 5;
const TYPES = ['disturbance', 'threat', 'self-harm-concern', 'weapon', 'fight', 'welfare-check', 'other'];
const START = Date.parse('2024-01-01T00:00:00Z') / 1000;
const SPAN_S = 3 * 365 * 86_400;

type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

/** Districts of a layout: the measured one first, then district-02 … district-NN. */
export function districtsOf(count: number, measured: string): string[] {
  return [measured, ...Array.from({ length: count - 1 }, (_, i) => `district-${String(i + 2).padStart(2, '0')}`)];
}

/** Local student ids per district of a layout (ids S1000000 up, the same in every district). */
export const studentsPerDistrict = (total: number, districts: number) => Math.max(1, Math.round(total / districts / INCIDENTS_PER_STUDENT));

/** A district's staff member k of a kind, as a stable uuid (the same in every SQL statement). */
const staffUuid = (districtExpr: string, kind: string, k: string) => `md5(${districtExpr} || ':${kind}:' || ${k})::uuid`;
const campusExpr = (n: string) => `'campus-' || lpad((1 + ${n})::text, 3, '0')`;

/**
 * `total` incidents spread evenly over `districts` (attributes from independent hashes of g, as in
 * bench/incidents-list.ts), of which DISPATCH_CANDIDATES are triaged co-response incidents of the
 * measured district (districts[0]). Responders of incidents out on a call are the district's own.
 */
export async function seedIncidents(query: Query, districts: string[], total: number): Promise<void> {
  const d = districts.length;
  const students = studentsPerDistrict(total, d);
  const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(',')}]`;
  const officer = staffUuid('h.district', 'officer', `(h.campus * ${OFFICERS_PER_CAMPUS} + h.k % ${OFFICERS_PER_CAMPUS})::text`);
  const clinician = staffUuid('h.district', 'clinician', `(h.campus / ${GROUP} * ${CLINICIANS_PER_GROUP} + h.k % ${CLINICIANS_PER_GROUP})::text`);
  await query(`CREATE OR REPLACE FUNCTION pg_temp.u(g int, k int) RETURNS bigint IMMUTABLE LANGUAGE sql AS 'SELECT hashint8(g::bigint * 16 + k) & 2147483647'`);
  await query(
    `INSERT INTO incident (district_id, campus_id, location, occurred_at, type, student_ids, narrative, mental_health_crisis, status, reported_by, created_at,
                           priority, co_response_indicated, triaged_at, co_response, officer_staff_id, clinician_staff_id, officer_match,
                           dispatched_at, on_scene_at, cleared_at, closed_at, clinician_mode)
     SELECT h.district, ${campusExpr('h.campus')}, 'Hallway ' || (g % 40), h.ts, (${arr(TYPES)})[1 + h.type],
            CASE WHEN h.pair = 0 THEN ARRAY['S' || (1000000 + h.s1), 'S' || (1000000 + h.s2)] ELSE ARRAY['S' || (1000000 + h.s1)] END,
            'Synthetic narrative ' || g || ': officer spoke with the student and staff; no weapon seen.', g % 9 = 0, h.status, 'bench', h.ts,
            CASE WHEN h.status <> 'reported' THEN 'urgent' END, CASE WHEN h.status <> 'reported' THEN h.k % 2 = 0 END,
            CASE WHEN h.status <> 'reported' THEN h.ts + interval '5 minutes' END,
            CASE WHEN h.out THEN h.k % 2 = 0 END, CASE WHEN h.out THEN ${officer} END, CASE WHEN h.out AND h.k % 2 = 0 THEN ${clinician} END,
            CASE WHEN h.out THEN 'campus' END, CASE WHEN h.out THEN h.ts + interval '10 minutes' END,
            CASE WHEN h.out AND h.status <> 'dispatched' THEN h.ts + interval '20 minutes' END,
            CASE WHEN h.status IN ('cleared', 'closed') THEN h.ts + interval '60 minutes' END,
            CASE WHEN h.status = 'closed' THEN h.ts + interval '1 day' END,
            CASE WHEN h.out AND h.k % 2 = 0 THEN 'in-person' END
       FROM generate_series(1, $1::int) AS g,
            LATERAL (SELECT ($2::text[])[1 + g % ${d}] AS district, pg_temp.u(g, 1) % ${CAMPUSES} AS campus, pg_temp.u(g, 2) % ${TYPES.length} AS type,
                            pg_temp.u(g, 4) % ${students} AS s1, pg_temp.u(g, 5) % ${students} AS s2, pg_temp.u(g, 6) % 4 AS pair, pg_temp.u(g, 9) AS k,
                            to_timestamp(${START} + pg_temp.u(g, 7) % ${SPAN_S} + pg_temp.u(g, 8) % 1000 / 1000.0) AS ts, pg_temp.u(g, 3) % 100 AS st) h0,
            LATERAL (SELECT h0.*, s.status, s.status NOT IN ('reported', 'triaged') AS out
                       FROM (SELECT CASE WHEN h0.st < 3 THEN 'reported' WHEN h0.st < 5 THEN 'triaged' WHEN h0.st < 6 THEN 'dispatched'
                                         WHEN h0.st < 7 THEN 'on-scene' WHEN h0.st < 10 THEN 'cleared' ELSE 'closed' END AS status) s) h`,
    [total - DISPATCH_CANDIDATES, districts],
  );
  // What the dispatch loop consumes: triaged an hour ago, co-response indicated, on campuses of their own
  // (so they do not crowd the filtered list pages, a quarter of the measured district's triaged rows otherwise).
  await query(
    `INSERT INTO incident (district_id, campus_id, location, occurred_at, type, student_ids, narrative, status, reported_by,
                           priority, co_response_indicated, triaged_at)
     SELECT $1, ${campusExpr(`${CAMPUSES} + g % ${DISPATCH_CAMPUSES}`)}, 'Library', now() - interval '2 hours', 'welfare-check', ARRAY['S' || (1000000 + g % ${students})],
            'Dispatch candidate ' || g, 'triaged', 'bench-dispatch', 'urgent', true, now() - interval '1 hour'
       FROM generate_series(1, $2::int) AS g`,
    [districts[0], DISPATCH_CANDIDATES],
  );
  // Students' histories, as report-incident writes them beside each incident (a pair may name one student twice).
  await query(
    `INSERT INTO incident_student (district_id, student_id, occurred_at, incident_id)
     SELECT DISTINCT district_id, s, occurred_at, id FROM incident, unnest(student_ids) AS s`,
  );
}

/**
 * Every district's co-responder projections, as staffing and training events would have built
 * them for all 72 campuses: 3 CIT officers assigned per campus (plus a past assignment each), 4 licensed clinicians per
 * group of 6 campuses with a 24-hour on-call shift every day from 90 days back to 30 ahead, dispatch
 * areas of 6 campuses, certifications (CIT and another) and training's eligibility verdicts.
 */
export async function seedProjections(query: Query, districts: string[]): Promise<void> {
  const officers = ALL_CAMPUSES * OFFICERS_PER_CAMPUS;
  const clinicians = (ALL_CAMPUSES / GROUP) * CLINICIANS_PER_GROUP;
  const each = (n: number) => `unnest($1::text[]) AS d, generate_series(0, ${n - 1}) AS k`;
  const off = staffUuid('d', 'officer', 'k::text');
  const clin = staffUuid('d', 'clinician', 'k::text');
  await query(
    `INSERT INTO roster_staff (district_id, staff_id, employee_id, role, unit, licensed, added_at)
     SELECT d, ${off}, 'E5' || k, 'officer', 'police', false, timestamptz '2020-01-01' FROM ${each(officers)}
     UNION ALL SELECT d, ${clin}, 'E6' || k, 'clinician', 'behavioral-health', true, timestamptz '2020-01-01' FROM ${each(clinicians)}`,
    [districts],
  );
  await query(
    `INSERT INTO roster_assignment (district_id, assignment_id, staff_id, campus_id, is_primary, effective_from, effective_to, cancelled, as_of)
     SELECT d, gen_random_uuid(), ${off}, ${campusExpr(`k / ${OFFICERS_PER_CAMPUS}`)}, k % ${OFFICERS_PER_CAMPUS} = 0, date '2022-08-01', NULL::date, false, now() FROM ${each(officers)}
     UNION ALL SELECT d, gen_random_uuid(), ${off}, ${campusExpr(`(k / ${OFFICERS_PER_CAMPUS} + 7) % ${ALL_CAMPUSES}`)}, true, date '2020-01-01', date '2022-08-01', false, now() FROM ${each(officers)}`,
    [districts],
  );
  await query(
    `INSERT INTO dispatch_area_campus (district_id, campus_id, area_id) SELECT d, ${campusExpr('k')}, 'area-' || (k / ${GROUP}) FROM ${each(ALL_CAMPUSES)}`,
    [districts],
  );
  await query(
    `INSERT INTO officer_certification (district_id, certification_id, staff_id, category, issued_on, expires_on, revoked)
     SELECT d, gen_random_uuid(), ${off}, 'cit', date '2021-01-15', date '2099-01-15', false FROM ${each(officers)}
     UNION ALL SELECT d, gen_random_uuid(), ${off}, 'first-aid', '2021-01-15', '2099-01-15', false FROM ${each(officers)}`,
    [districts],
  );
  await query(
    `INSERT INTO officer_eligibility_change (district_id, event_id, staff_id, cit_certified, valid_through, certification_id, reason, effective_at)
     SELECT d, gen_random_uuid(), ${off}, true, '2099-01-14', NULL, 'granted', '2021-01-15T06:00:00Z' FROM ${each(officers)}`,
    [districts],
  );
  const group = `ARRAY(SELECT ${campusExpr(`(k / ${CLINICIANS_PER_GROUP}) * ${GROUP} + c`)} FROM generate_series(0, ${GROUP - 1}) AS c)`;
  await query(
    `INSERT INTO on_call_shift (district_id, shift_id, staff_id, campus_ids, starts_at, ends_at, cancelled, as_of)
     SELECT d, gen_random_uuid(), ${clin}, ${group}, date_trunc('day', now()) + day * interval '1 day', date_trunc('day', now()) + (day + 1) * interval '1 day', false, now()
       FROM ${each(clinicians)}, generate_series(-${SHIFT_DAYS_BACK}, ${SHIFT_DAYS_AHEAD}) AS day`,
    [districts],
  );
  // Each shift's campuses, as the roster projection writes them with the shift.
  await query(
    `INSERT INTO on_call_shift_campus (district_id, campus_id, shift_id, staff_id, starts_at, ends_at)
     SELECT sh.district_id, c, sh.shift_id, sh.staff_id, sh.starts_at, sh.ends_at FROM on_call_shift sh, unnest(sh.campus_ids) AS c WHERE NOT sh.cancelled`,
  );
}

/**
 * Takes the primary keys of incident and incident_student (with the foreign keys that reference or
 * leave them) and their indexes off for the load, as a backfill would; the returned function puts
 * back exactly what the migrations made (district first), from the catalog's own definitions,
 * sorted builds instead of a million random inserts.
 */
export async function detachIndexes(query: Query): Promise<() => Promise<void>> {
  const rows = (q: string) => query(q) as Promise<{ tbl: string; name: string; def: string }[]>;
  const tables = `('incident'::regclass, 'incident_student'::regclass)`;
  const fks = await rows(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype = 'f' AND (confrelid IN ${tables} OR conrelid IN ${tables})`,
  );
  const pk = await rows(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'p' AND conrelid IN ${tables}`,
  );
  const indexes = await rows(
    `SELECT indrelid::regclass::text AS tbl, indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index
      WHERE indrelid IN ${tables} AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = indexrelid)`,
  );
  for (const c of [...fks, ...pk]) await query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.name}"`);
  for (const i of indexes) await query(`DROP INDEX ${i.name}`);
  return async () => {
    for (const c of pk) await query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.name}" ${c.def}`);
    for (const i of indexes) await query(i.def);
    for (const c of fks) await query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.name}" ${c.def}`);
  };
}
