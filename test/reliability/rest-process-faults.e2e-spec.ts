import { eventually } from '#testing';
import { expectGuarantee } from './support/report.js';
import { RosterSystem } from './support/roster-system.js';
import { probe } from './support/service-process.js';

// Issue 13's fault suite through the real services, process and database faults: staffing (one or
// two replicas) answers POST /staff and POST /staff/:id/deactivate at a steady rate, its relay
// publishes to a real 3-node Kafka, training projects the roster; both on a PostgreSQL this test
// owns. After each fault: every write that got a 2xx is applied in training, none twice, each
// member's deactivation after their add (support/roster-load.ts counts).
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('delivery guarantee through the REST API under process and database faults (staffing → 3-node Kafka → training)', () => {
  let system: RosterSystem;
  const staffing = () => [system.url('staffing-a')];

  beforeAll(async () => {
    system = await RosterSystem.start();
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  }, 60_000);

  it('PostgreSQL down for 5 s', async () => {
    const { postgres, load } = system;
    const writing = load.writeSteadily('pg', 16_000, staffing);
    await sleep(5_000);
    await postgres.stop();
    await sleep(5_000);
    await postgres.start();
    const faultEnded = Date.now();
    await writing;
    const report = await load.converge('PostgreSQL down 5 s', 'pg', faultEnded, system.deadLettered);
    expectGuarantee(report);
    expect(report.acknowledged).toBeLessThan(report.writes); // the outage did refuse writes
  }, 300_000);

  it("the relay's lock connection terminated with two staffing replicas running", async () => {
    const { db, load } = system;
    await system.start('staffing-b');
    const relayLock = async () =>
      (
        await db.query(
          `SELECT a.pid, a.application_name AS name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND a.application_name LIKE 'outbox-relay:staffing:%'`,
        )
      ).rows as { pid: number; name: string }[];
    // Adds through one replica, deactivations through the other: both write the one outbox.
    const writing = load.writeSteadily('lk', 14_000, () => [system.url('staffing-a'), system.url('staffing-b')]);
    await sleep(4_000);
    const [holder] = await eventually(relayLock, (rows) => rows.length === 1);
    await db.query('SELECT pg_terminate_backend($1)', [holder.pid]);
    const faultEnded = Date.now();
    const [next] = await eventually(relayLock, (rows) => rows.length === 1 && rows[0].pid !== holder.pid, 30_000);
    await writing;
    const report = await load.converge(`relay lock connection terminated (${holder.name} → ${next.name}), 2 replicas`, 'lk', faultEnded, system.deadLettered);
    await system.kill9('staffing-b');
    expectGuarantee(report);
  }, 300_000);

  it('kill -9 the producing service mid-load, then restart it', async () => {
    const { load } = system;
    const writing = load.writeSteadily('kp', 14_000, staffing);
    await sleep(5_000);
    await system.kill9('staffing-a');
    // No other replica: what it acknowledged but had not published waits in its outbox for the restart.
    await system.start('staffing-a');
    const faultEnded = Date.now();
    await writing;
    expectGuarantee(await load.converge('kill -9 staffing (writes + relay) mid-load, restarted', 'kp', faultEnded, system.deadLettered));
  }, 300_000);

  it('kill -9 the consumer mid-backlog', async () => {
    const { db, load } = system;
    await system.kill9('training');
    await load.writeSteadily('kc', 8_000, staffing, 0);
    const events = load.acknowledged('kc');
    const ids = [...load.staff].filter(([, s]) => s.prefix === 'kc').map(([id]) => id);
    const applied = async () => (await db.query(`SELECT count(*)::int AS n FROM training.person_applied WHERE staff_id = ANY($1::uuid[])`, [ids])).rows[0].n as number;
    // 20 ms per applied row: the backlog takes seconds, so the kill lands with most of it left.
    await load.slowApply(20);
    await system.start('training', 'live');
    const atKill = await eventually(applied, (n) => n >= Math.min(50, events / 10), 60_000);
    await system.kill9('training');
    const faultEnded = Date.now();
    await load.slowApply(0);
    expect(atKill).toBeLessThan(events); // killed with a backlog left
    await system.start('training');
    expectGuarantee(await load.converge(`kill -9 training mid-backlog (${atKill} of ${events} events applied)`, 'kc', faultEnded, system.deadLettered));
  }, 300_000);

  it('services started while every broker is down', async () => {
    const { broker, load } = system;
    await system.kill9('staffing-a');
    await system.kill9('training');
    await Promise.all(broker.nodeIds.map((id) => broker.killNode(id)));
    const down = Date.now();
    await system.start('staffing-a', 'live');
    await system.start('training', 'live');
    expect(await probe(system.url('staffing-a'), 'ready')).toBe(503);
    let writingOn = true;
    const writing = load.writeSteadily('bd', () => writingOn, staffing);
    // Longer than the producer's whole retry budget (~26 s): the first messaging start-up fails.
    await sleep(Math.max(0, down + 35_000 - Date.now()));
    expect(await probe(system.url('staffing-a'), 'ready')).toBe(503);
    await Promise.all(broker.nodeIds.map((id) => broker.startNode(id)));
    const faultEnded = Date.now();
    await sleep(3_000);
    writingOn = false;
    await writing;
    for (const name of ['staffing-a', 'training'] as const) await eventually(() => probe(system.url(name), 'ready'), (s) => s === 200, 90_000);
    expectGuarantee(await load.converge('staffing and training started while all 3 brokers were down (35 s)', 'bd', faultEnded, system.deadLettered));
  }, 300_000);
});
