import pg from 'pg';
import type { FaultReport } from './report.js';

// Steady REST writes to staffing (add a staff member, later deactivate them) and what training's
// roster projection made of them. Both services' schemas live in one database, read here directly.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface StaffWrite {
  prefix: string;
  /** The deactivation's answer: 'unknown' when it failed without saying whether it committed. */
  deactivation: 'none' | 'acked' | 'unknown';
}

export interface RosterSchemas {
  staffing: string;
  training: string;
}

export class RosterLoad {
  /** Staff members whose POST /staff answered 201, by id, in the order they were added. */
  readonly staff = new Map<string, StaffWrite>();
  private readonly attempts = new Map<string, number>();
  private readonly acks = new Map<string, number>();
  private employee = 0;

  constructor(
    private readonly db: pg.Pool,
    private readonly schemas: RosterSchemas,
    private readonly auth: () => Promise<string>,
  ) {}

  /**
   * A person_applied row per insert or update of training's `person`, written by a trigger inside the
   * consumer's own transaction: an event applied twice leaves two rows, one rolled back none.
   */
  async instrument(): Promise<void> {
    const t = this.schemas.training;
    await this.db.query(`CREATE TABLE "${t}".person_applied (id bigserial PRIMARY KEY, staff_id uuid NOT NULL, op text NOT NULL, active boolean NOT NULL)`);
    // SECURITY DEFINER: the consumer writes `person` as the service's app role (issue 19), which has no
    // grant on this test-made table; the log row still commits or rolls back with the consumer's transaction.
    await this.slowApply(0);
    await this.db.query(`CREATE TRIGGER person_applied AFTER INSERT OR UPDATE ON "${t}".person FOR EACH ROW EXECUTE FUNCTION "${t}".log_person_applied()`);
  }

  /**
   * A database that takes `ms` longer per applied row (0: full speed). The consumer's pace is then
   * the test's to set, so "killed with a backlog left" does not depend on how fast this machine is.
   */
  async slowApply(ms: number): Promise<void> {
    const t = this.schemas.training;
    const pause = ms > 0 ? `PERFORM pg_sleep(${ms / 1000});` : '';
    await this.db.query(`CREATE OR REPLACE FUNCTION "${t}".log_person_applied() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      BEGIN ${pause} INSERT INTO "${t}".person_applied (staff_id, op, active) VALUES (NEW.staff_id, TG_OP, NEW.active); RETURN NEW; END $$`);
  }

  /**
   * One request every `intervalMs` for `durationMs` (or while it returns true), alternating between adding a staff member and
   * deactivating the oldest one added (so every aggregate gets two events in order), round-robin
   * over `targets()`. Failed requests (5xx, refused, timed out) are not acknowledged.
   */
  async writeSteadily(prefix: string, durationMs: number | (() => boolean), targets: () => string[], intervalMs = 25): Promise<void> {
    const end = Date.now() + (typeof durationMs === 'number' ? durationMs : 0);
    const more = typeof durationMs === 'number' ? () => Date.now() < end : durationMs;
    for (let i = 0; more(); i++) {
      const urls = targets();
      const url = urls[i % urls.length];
      const pending = [...this.staff].find(([, s]) => s.prefix === prefix && s.deactivation === 'none');
      if (i % 2 === 1 && pending) await this.deactivate(url, prefix, pending[0], pending[1]);
      else await this.add(url, prefix);
      await sleep(intervalMs);
    }
  }

  private async add(url: string, prefix: string): Promise<void> {
    const n = ++this.employee;
    const body = { employeeId: `${prefix}-${n}`, displayName: `Officer ${n}`, role: 'officer', unit: 'police' };
    const res = await this.send(prefix, `${url}/staff`, body);
    if (res?.status === 201) this.staff.set(((await res.json()) as { id: string }).id, { prefix, deactivation: 'none' });
  }

  private async deactivate(url: string, prefix: string, id: string, staff: StaffWrite): Promise<void> {
    const res = await this.send(prefix, `${url}/staff/${id}/deactivate`, { reason: 'separated' });
    staff.deactivation = res?.status === 200 ? 'acked' : 'unknown';
  }

  private async send(prefix: string, url: string, body: object): Promise<Response | undefined> {
    this.attempts.set(prefix, (this.attempts.get(prefix) ?? 0) + 1);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { authorization: await this.auth(), 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5_000),
      });
      if (res.ok) this.acks.set(prefix, (this.acks.get(prefix) ?? 0) + 1);
      else await res.body?.cancel();
      return res;
    } catch {
      return undefined;
    }
  }

  /** Writes of `prefix` answered 2xx so far. */
  acknowledged(prefix: string): number {
    return this.acks.get(prefix) ?? 0;
  }

  private of(prefix: string): [string, StaffWrite][] {
    return [...this.staff].filter(([, s]) => s.prefix === prefix);
  }

  /** Acknowledged writes of `prefix` not yet visible in training's projection. */
  private async missing(prefix: string): Promise<number> {
    const staff = this.of(prefix);
    const { rows } = await this.db.query(`SELECT staff_id::text AS id, active FROM "${this.schemas.training}".person WHERE staff_id = ANY($1::uuid[])`, [staff.map(([id]) => id)]);
    const active = new Map(rows.map((r: { id: string; active: boolean }) => [r.id, r.active]));
    return staff.filter(([id, s]) => !active.has(id) || (s.deactivation === 'acked' && active.get(id) !== false)).length;
  }

  /**
   * Waits (bounded) until every acknowledged write of `prefix` shows in training, then counts what
   * is missing, applied twice (person_applied rows beyond one insert, and one update once deactivated),
   * and out of order (a deactivation applied, yet the member active: it overtook the add).
   */
  async converge(fault: string, prefix: string, faultEnded: number, deadLettered: () => Promise<number>, timeoutMs = 180_000): Promise<FaultReport> {
    const loadEnded = Date.now();
    let convergedAt = 0;
    while (Date.now() < loadEnded + timeoutMs) {
      if ((await this.missing(prefix).catch(() => -1)) === 0) {
        convergedAt = Date.now();
        break;
      }
      await sleep(250);
    }
    // Let stragglers (re-deliveries) arrive before counting duplicates.
    await sleep(1_000);
    const staff = this.of(prefix);
    const ids = staff.map(([id]) => id);
    const { staffing, training } = this.schemas;
    const { rows: events } = await this.db.query(
      `SELECT o.key AS id, o.type, i.event_id IS NOT NULL AS applied
         FROM "${staffing}".outbox o LEFT JOIN "${training}".inbox i ON i.consumer = 'training.roster' AND i.event_id = o.event_id::text
        WHERE o.key = ANY($1)`,
      [ids],
    );
    const applied = new Set(events.filter((e: { applied: boolean }) => e.applied).map((e: { id: string; type: string }) => `${e.id} ${e.type}`));
    const { rows: log } = await this.db.query(`SELECT staff_id::text AS id, op, active FROM "${training}".person_applied WHERE staff_id = ANY($1::uuid[]) ORDER BY id`, [ids]);
    const { rows: people } = await this.db.query(`SELECT staff_id::text AS id, active FROM "${training}".person WHERE staff_id = ANY($1::uuid[])`, [ids]);
    const active = new Map(people.map((p: { id: string; active: boolean }) => [p.id, p.active]));
    let lost = 0;
    let duplicates = 0;
    let outOfOrder = 0;
    for (const [id, s] of staff) {
      if (!applied.has(`${id} staffing.staff.added`) || !active.has(id)) lost++;
      const deactivated = applied.has(`${id} staffing.staff.deactivated`);
      if (s.deactivation === 'acked' && !deactivated) lost++;
      const ops = log.filter((l: { id: string }) => l.id === id).map((l: { op: string }) => l.op);
      // A repeated add is an upsert, hence an UPDATE too: one UPDATE only when the deactivation was applied.
      duplicates += Math.max(0, ops.filter((op: string) => op === 'INSERT').length - 1) + Math.max(0, ops.filter((op: string) => op === 'UPDATE').length - (deactivated ? 1 : 0));
      if (deactivated && active.get(id) !== false) outOfOrder++;
    }
    return {
      fault,
      writes: this.attempts.get(prefix) ?? 0,
      acknowledged: this.acks.get(prefix) ?? 0,
      lost,
      duplicates,
      outOfOrder,
      deadLettered: await deadLettered(),
      convergenceMs: convergedAt ? convergedAt - faultEnded : -1,
      afterLoadMs: convergedAt ? convergedAt - loadEnded : -1,
    };
  }
}
