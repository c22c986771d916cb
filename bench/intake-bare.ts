import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import { ANALYTICS_INCIDENT_TOPIC, INCIDENTS_INCIDENT_TOPIC } from '#contracts';

/**
 * The intake baseline (issue 16): bare Fastify + pg (pool 10). POST /incidents does the incident
 * INSERT plus one outbox INSERT in one transaction, then 201. No auth, no validation, no logs.
 * POST /incidents/service-rows is the floor under the service (issue 16's "how far each layer costs"):
 * still bare, but the database work the service does for the same report — the SIS read, then ONE
 * statement writing the incident, a row per student and the service's 2 + 5 × students events.
 * Runs as a child of bench/intake.ts on the tables the incidents migrations created in
 * BENCH_SCHEMA; prints `READY <port>` once it listens.
 */

interface Body {
  campusId: string;
  location: string;
  occurredAt: string;
  type: string;
  studentIds?: string[];
  narrative: string;
  mentalHealthCrisis?: boolean;
}

const schema = process.env.BENCH_SCHEMA!;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: `-c search_path=${schema} -c app.district_id=dev` });
const app = Fastify({ logger: false });

app.post('/incidents', async (request, reply) => {
  const b = request.body as Body;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string; created_at: Date }>(
      `INSERT INTO incident (campus_id, location, occurred_at, type, student_ids, narrative, mental_health_crisis, reported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, created_at`,
      [b.campusId, b.location, b.occurredAt, b.type, b.studentIds ?? [], b.narrative, b.mentalHealthCrisis ?? false, 'bare'],
    );
    const id = rows[0].id;
    const payload = { incidentId: id, campusId: b.campusId, occurredAt: b.occurredAt, type: b.type, studentIds: b.studentIds ?? [], mentalHealthCrisis: b.mentalHealthCrisis ?? false };
    const eventId = randomUUID();
    await client.query(`INSERT INTO outbox (event_id, topic, key, type, headers, payload) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)`, [
      eventId, INCIDENTS_INCIDENT_TOPIC, id, 'incidents.incident.reported', JSON.stringify({ ce_id: eventId, ce_type: 'incidents.incident.reported' }), JSON.stringify(payload),
    ]);
    await client.query('COMMIT');
    reply.code(201);
    return { id, status: 'reported', createdAt: rows[0].created_at };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
});

const DIMENSIONS = ['grade_band', 'sex', 'race_ethnicity', 'special_education', 'emergent_bilingual'];
const WRITE_LIKE_THE_SERVICE = `WITH change AS (
    INSERT INTO incident (id, campus_id, location, occurred_at, type, student_ids, narrative, mental_health_crisis, status, reported_by)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'reported', $9) RETURNING created_at),
  students AS (INSERT INTO incident_student (student_id, occurred_at, incident_id) SELECT s, $4, $1 FROM unnest($6::text[]) AS s),
  events AS (INSERT INTO outbox (event_id, topic, key, type, headers, payload)
    SELECT event_id, topic, key, type, headers, payload
    FROM ROWS FROM (jsonb_to_recordset($10::jsonb) AS (event_id uuid, topic text, key text, type text, headers jsonb, payload jsonb))
    WITH ORDINALITY AS e(event_id, topic, key, type, headers, payload, ord) ORDER BY ord RETURNING 1)
  SELECT * FROM change`;

/** An outbox row with CloudEvents headers of the service's shape (plain values: no HMACs, no schema lookups). */
function row(topic: string, type: string, key: string, payload: object, at: string) {
  const id = randomUUID();
  const headers = { ce_id: id, ce_source: 'incidents', ce_type: type, ce_specversion: '1.0', ce_time: at, ce_subject: key, ce_dataschema: `urn:bench:${type}:v1`, ce_datacontenttype: 'application/json', ce_districtid: 'dev' };
  return { event_id: id, topic, key, type, headers, payload: { ...payload, districtId: 'dev' } };
}

app.post('/incidents/service-rows', async (request, reply) => {
  const b = request.body as Body;
  const id = randomUUID();
  const studentIds = b.studentIds ?? [];
  const at = new Date().toISOString();
  const demographics = studentIds.length
    ? (await pool.query(`SELECT student_id, ${DIMENSIONS.join(', ')} FROM student_demographics WHERE student_id = ANY($1::text[])`, [studentIds])).rows
    : [];
  const mh = b.mentalHealthCrisis ?? false;
  const events = [
    row(INCIDENTS_INCIDENT_TOPIC, 'incidents.incident.reported', id, { incidentId: id, campusId: b.campusId, occurredAt: b.occurredAt, type: b.type, studentIds, mentalHealthCrisis: mh }, at),
    row(ANALYTICS_INCIDENT_TOPIC, 'analytics.incident.reported', randomUUID(), { analyticIncidentId: randomUUID(), campusId: b.campusId, occurredOn: b.occurredAt.slice(0, 10), type: b.type, mentalHealthCrisis: mh, studentPseudonyms: studentIds.map(() => randomUUID()), pseudonymKeyId: 'k1', analyticKeyId: 'k1' }, at.slice(0, 10)),
    ...studentIds.flatMap((s) =>
      DIMENSIONS.map((dimension) => {
        const groupId = randomUUID();
        const value = (demographics.find((d) => d.student_id === s)?.[dimension] as string | undefined) ?? 'unknown';
        return row(ANALYTICS_INCIDENT_TOPIC, 'analytics.student-group.counted', groupId, { analyticGroupFactId: groupId, monthOf: `${at.slice(0, 7)}-01`, measure: 'involved', dimension, value, analyticKeyId: 'k1' }, at.slice(0, 10));
      }),
    ),
  ];
  const { rows } = await pool.query<{ created_at: Date }>(WRITE_LIKE_THE_SERVICE, [
    id, b.campusId, b.location, b.occurredAt, b.type, studentIds, b.narrative, mh, 'bare', JSON.stringify(events),
  ]);
  reply.code(201);
  return { id, status: 'reported', createdAt: rows[0].created_at };
});

const shutdown = () => void app.close().then(() => pool.end()).then(() => process.exit(0));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`READY ${(app.server.address() as { port: number }).port}\n`);
