import { STAFFING_STAFF_TOPIC } from '#contracts';
import { leaders } from './support/kafka.js';
import { expectGuarantee } from './support/report.js';
import { RosterSystem } from './support/roster-system.js';

// Issue 13's fault suite through the real services, broker faults: staffing answers POST /staff and
// POST /staff/:id/deactivate at a steady rate, its relay publishes to a real 3-node Kafka, training
// projects the roster. After each fault: every write that got a 2xx is applied in training, none
// twice, each member's deactivation after their add (support/roster-load.ts counts).
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('delivery guarantee through the REST API under broker faults (staffing → 3-node Kafka → training)', () => {
  let system: RosterSystem;
  const staffing = () => [system.url('staffing-a')];

  beforeAll(async () => {
    system = await RosterSystem.start();
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  }, 60_000);

  it('kill -9 a broker that leads partitions', async () => {
    const { broker, load } = system;
    const writing = load.writeSteadily('kb', 14_000, staffing);
    await sleep(4_000);
    const led = await leaders(broker, STAFFING_STAFF_TOPIC);
    const [victim, partitions] = [...led.entries()].sort((a, b) => b[1].length - a[1].length)[0];
    await broker.killNode(victim);
    await sleep(5_000);
    await broker.startNode(victim);
    const faultEnded = Date.now();
    await writing;
    expectGuarantee(await load.converge(`kill -9 broker ${victim} (leader of ${partitions.length} of 3 partitions) for 5 s`, 'kb', faultEnded, system.deadLettered));
  }, 300_000);

  it('partition leaders moved repeatedly', async () => {
    const { broker, load } = system;
    let moving = true;
    const writing = load.writeSteadily('lm', () => moving, staffing);
    await sleep(2_000);
    // A controlled shutdown moves every partition the node leads; the preferred-leader check moves them back.
    let moved = 0;
    for (const node of broker.nodeIds) {
      moved += (await leaders(broker, STAFFING_STAFF_TOPIC)).get(node)?.length ?? 0;
      await broker.stopNode(node);
      await sleep(1_500);
      await broker.startNode(node);
      await sleep(1_500);
    }
    const faultEnded = Date.now();
    moving = false;
    await writing;
    expectGuarantee(await load.converge(`partition leaders moved (each broker shut down in turn, ${moved} leaderships moved)`, 'lm', faultEnded, system.deadLettered));
  }, 300_000);

  it('all brokers down for 45 s', async () => {
    const { broker, load } = system;
    const writing = load.writeSteadily('ad', 53_000, staffing);
    await sleep(3_000);
    await Promise.all(broker.nodeIds.map((id) => broker.killNode(id)));
    await sleep(45_000);
    await Promise.all(broker.nodeIds.map((id) => broker.startNode(id)));
    const faultEnded = Date.now();
    await writing;
    expectGuarantee(await load.converge('all 3 brokers down 45 s', 'ad', faultEnded, system.deadLettered));
  }, 300_000);
});
