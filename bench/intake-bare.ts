import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import { INCIDENTS_INCIDENT_TOPIC } from '#contracts';

/**
 * The intake baseline (issue 16): bare Fastify + pg (pool 10). POST /incidents does the incident
 * INSERT plus one outbox INSERT in one transaction, then 201. No auth, no validation, no logs.
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

const shutdown = () => void app.close().then(() => pool.end()).then(() => process.exit(0));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`READY ${(app.server.address() as { port: number }).port}\n`);
