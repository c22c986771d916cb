import pg from 'pg';
import { deadLetterTopic, STAFFING_STAFF_TOPIC } from '#contracts';
import type { LocalKafka } from '#devkit';
import { startTestBroker, TestIdentityProvider, testBrokerEnv, testServiceEnv } from '#testing';
import { recordsWritten } from './kafka.js';
import { freePort, startPrivatePostgres, type PrivatePostgres } from './private-postgres.js';
import { RosterLoad } from './roster-load.js';
import { startServiceProcess, type ServiceProcess } from './service-process.js';

const REPLICAS = { 'staffing-a': 'staffing', 'staffing-b': 'staffing', training: 'training' } as const;
export type Replica = keyof typeof REPLICAS;

/**
 * The real services a REST-level fault test drives: staffing (one or two replicas) and training,
 * compiled, each in a process of its own, on a real 3-node Kafka (replication 3,
 * min.insync.replicas 2) and a PostgreSQL of the test's own that it may stop.
 */
export class RosterSystem {
  private readonly ports = new Map<Replica, number>();
  private readonly running = new Map<Replica, ServiceProcess>();
  db!: pg.Pool;
  load!: RosterLoad;

  private constructor(
    readonly broker: LocalKafka,
    readonly postgres: PrivatePostgres,
    private readonly idp: TestIdentityProvider,
  ) {}

  /** Brokers, PostgreSQL, staffing-a and training, ready; training's projection instrumented. */
  static async start(): Promise<RosterSystem> {
    const [broker, postgres, idp] = await Promise.all([startTestBroker({ nodes: 3 }), startPrivatePostgres(), TestIdentityProvider.create()]);
    const system = new RosterSystem(broker, postgres, idp);
    system.db = new pg.Pool({ connectionString: postgres.url, max: 2 });
    // Idle connections die with the PostgreSQL-outage fault; the pool replaces them.
    system.db.on('error', () => undefined);
    try {
      for (const name of Object.keys(REPLICAS) as Replica[]) system.ports.set(name, await freePort());
      await system.start('staffing-a');
      await system.start('training');
      system.load = new RosterLoad(system.db, { staffing: 'staffing', training: 'training' }, () => idp.bearer(['system'], 'hr-sync'));
      await system.load.instrument();
      return system;
    } catch (err) {
      await system.stop();
      throw err;
    }
  }

  /** A replica's URL, also while it is down: clients keep calling it, and those calls fail. */
  url(name: Replica): string {
    return `http://127.0.0.1:${this.ports.get(name)}`;
  }

  /** Starts a replica (each keeps its port) and waits until /health/<until> is 200. */
  async start(name: Replica, until: 'live' | 'ready' = 'ready'): Promise<void> {
    const service = REPLICAS[name];
    const env = testServiceEnv({ service }, service, this.idp, {
      ...testBrokerEnv(this.broker),
      DATABASE_URL: this.postgres.url,
      HOST: '127.0.0.1',
      PORT: String(this.ports.get(name)),
      HOSTNAME: name,
      RATE_LIMIT_MAX: '1000000',
      LOG_LEVEL: 'warn',
    });
    this.running.set(name, await startServiceProcess(service, name, env, until));
  }

  async kill9(name: Replica): Promise<void> {
    await this.running.get(name)?.kill9();
    this.running.delete(name);
  }

  /** Records on the roster topic's dead-letter topic (training is its only consumer here). */
  deadLettered = (): Promise<number> => recordsWritten(this.broker, deadLetterTopic(STAFFING_STAFF_TOPIC));

  async stop(): Promise<void> {
    for (const name of [...this.running.keys()]) await this.kill9(name);
    await this.db?.end().catch(() => undefined);
    await this.postgres.destroy();
    await this.broker.stop();
  }
}
