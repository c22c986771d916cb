import { createHmac, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { KAFKA_OPERATOR_PRINCIPAL } from '#contracts';
import { provisionKafka, untilReady } from '#messaging';
import { ensureKafkaDistribution, type KafkaDistribution } from './kafka-distribution.js';
import { log4jConfig, nodeConfig, type NodePorts } from './kafka-node-config.js';
import { live, spawnTiedToUs, type NodeProcess } from './node-process.js';
import { formattedStorageTemplate, kafkaUuid } from './storage-template.js';
import { freePorts, waitForPort } from './tcp.js';

export interface KafkaCredentials {
  mechanism: 'scram-sha-512';
  username: string;
  password: string;
}

export interface LocalKafkaOptions {
  /** 1 (dev and most tests) or 3 (fault tests: replication 3, min.insync.replicas 2). */
  nodes?: number;
  /** Fixed client ports P..P+N-1 (controller +100, replication +200); ephemeral when unset. */
  portBase?: number;
  /** Kept across runs (dev); a temporary folder removed on stop when unset. */
  dataDir?: string;
  heapMb?: number;
  /**
   * What the principals' passwords derive from. Random and kept with the data when unset; tests pass
   * a fixed one so a formatted storage template can be reused instead of a formatting JVM per cluster.
   */
  secret?: string;
  /** How ephemeral ports are picked (tests of the retry when one is taken); free loopback ports when unset. */
  pickPorts?: (count: number) => Promise<NodePorts[]>;
}

/** A real Apache Kafka (KRaft) cluster of child processes, with SASL/SCRAM and ACLs from the registry. */
export interface LocalKafka {
  readonly bootstrap: string;
  readonly version: string;
  readonly nodeIds: number[];
  /** Milliseconds from the call to a cluster with every topic and ACL in place. */
  readonly startupMs: number;
  /** The super user that provisions topics and ACLs. */
  readonly operator: KafkaCredentials;
  /** A principal's credentials: a service name or `data-team` (or any other name, which has no ACLs). */
  credentials(principal: string): KafkaCredentials;
  nodeBootstrap(nodeId: number): string;
  /** SIGKILL, as a crash would. */
  killNode(nodeId: number): Promise<void>;
  /** Controlled shutdown: leadership moves away first. */
  stopNode(nodeId: number): Promise<void>;
  /** Starts a stopped or killed node again and waits until the cluster sees it. */
  startNode(nodeId: number): Promise<void>;
  /** The JVM's pid of a running node, for tests that inject faults from outside. */
  pid(nodeId: number): Promise<number | undefined>;
  stop(): Promise<void>;
}

interface NodeSpec {
  nodeId: number;
  ports: NodePorts;
  dir: string;
}

export async function startLocalKafka(root: string, options: LocalKafkaOptions = {}): Promise<LocalKafka> {
  const started = Date.now();
  const dist = ensureKafkaDistribution(root);
  const count = options.nodes ?? 1;
  const temporary = !options.dataDir;
  const home = options.dataDir ?? mkdtempSync(join(tmpdir(), 'local-kafka-'));
  mkdirSync(home, { recursive: true });
  const secret = options.secret ?? loadSecret(home);
  for (let attempt = 1; ; attempt++) {
    const ports = options.portBase ? fixedPorts(options.portBase, count) : await (options.pickPorts ?? ephemeralPorts)(count);
    const nodes: NodeSpec[] = ports.map((p, i) => ({ nodeId: i + 1, ports: p, dir: join(home, `node-${i + 1}`) }));
    const cluster = new Cluster(dist, nodes, secret, home, temporary, options.heapMb ?? 384);
    try {
      await startCluster(cluster, count);
      cluster.startupMs = Date.now() - started;
      return cluster;
    } catch (err) {
      await cluster.stop();
      // Ephemeral ports are free when picked, not when the broker binds them: parallel test files
      // start brokers and services at once. A throwaway cluster picks new ports and tries again.
      const portTaken = /Address already in use/.test((err as Error).message);
      if (!portTaken || options.portBase || !temporary || attempt >= 3) throw err;
    }
  }
}

/** Each step fails as soon as a node exits (a port taken, a bad config) instead of at its time-out. */
async function startCluster(cluster: Cluster, count: number): Promise<void> {
  await cluster.format();
  await Promise.all(cluster.nodeIds.map((id) => cluster.startNode(id, false)));
  await cluster.failFast(cluster.waitForBrokers(count));
  await cluster.failFast(
    provisionKafka({
      brokers: cluster.bootstrap.split(','),
      security: { sasl: cluster.operator },
      replicationFactor: Math.min(3, count),
      minInsyncReplicas: Math.min(2, count),
      acls: true,
    }),
  );
  await cluster.failFast(cluster.warmGroupCoordinator());
}

function fixedPorts(base: number, count: number): NodePorts[] {
  return Array.from({ length: count }, (_, i) => ({ client: base + i, controller: base + 100 + i, internal: base + 200 + i }));
}

export async function ephemeralPorts(count: number): Promise<NodePorts[]> {
  const ports = await freePorts(count * 3);
  return Array.from({ length: count }, (_, i) => ({ client: ports[i * 3], controller: ports[i * 3 + 1], internal: ports[i * 3 + 2] }));
}

/** The passwords derive from this (kept with the data, never in the repository). */
function loadSecret(home: string): string {
  const file = join(home, 'secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

class Cluster implements LocalKafka {
  readonly nodeIds: number[];
  readonly version: string;
  readonly bootstrap: string;
  readonly operator: KafkaCredentials;
  startupMs = 0;
  private readonly procs = new Map<number, NodeProcess>();
  /** Per node, a promise that rejects when its process exits (with its last output). */
  private readonly exits = new Map<number, Promise<never>>();
  private stopped = false;

  constructor(
    private readonly dist: KafkaDistribution,
    private readonly nodes: NodeSpec[],
    private readonly secret: string,
    private readonly home: string,
    private readonly temporary: boolean,
    private readonly heapMb: number,
  ) {
    this.nodeIds = nodes.map((n) => n.nodeId);
    this.version = dist.version;
    this.bootstrap = nodes.map((n) => `127.0.0.1:${n.ports.client}`).join(',');
    this.operator = this.credentials(KAFKA_OPERATOR_PRINCIPAL);
  }

  credentials(principal: string): KafkaCredentials {
    const password = `dev-only-${createHmac('sha256', this.secret).update(principal).digest('base64url').slice(0, 24)}`;
    return { mechanism: 'scram-sha-512', username: principal, password };
  }

  nodeBootstrap(nodeId: number): string {
    return `127.0.0.1:${this.spec(nodeId).ports.client}`;
  }

  /** The JVM's pid of a running node, for tests that inject faults from outside. */
  pid(nodeId: number): Promise<number | undefined> {
    return this.procs.get(nodeId)?.javaPid ?? Promise.resolve(undefined);
  }

  /** Gives each node a copy of the formatted storage template, with its own node id and directory id. */
  async format(): Promise<void> {
    const template = await formattedStorageTemplate(this.dist, this.secret, (p) => this.credentials(p));
    for (const n of this.nodes) {
      this.writeConfig(n);
      const data = join(n.dir, 'data');
      if (existsSync(join(data, 'meta.properties'))) continue;
      cpSync(template, data, { recursive: true });
      const meta = readFileSync(join(template, 'meta.properties'), 'utf8')
        .replace(/^node\.id=.*$/m, `node.id=${n.nodeId}`)
        .replace(/^directory\.id=.*$/m, `directory.id=${kafkaUuid()}`);
      writeFileSync(join(data, 'meta.properties'), meta);
    }
  }

  private writeConfig(n: NodeSpec): void {
    mkdirSync(join(n.dir, 'data'), { recursive: true });
    const voters = this.nodes.map((v) => ({ nodeId: v.nodeId, controller: v.ports.controller }));
    const operator = this.operator;
    writeFileSync(join(n.dir, 'server.properties'), nodeConfig({ nodeId: n.nodeId, ports: n.ports, voters, logDir: join(n.dir, 'data'), operator }));
    writeFileSync(join(n.dir, 'log4j2.properties'), log4jConfig(join(n.dir, 'broker.log')));
  }

  private jvm(n: NodeSpec, heapMb: number): string[] {
    return [
      `-Xmx${heapMb}m`,
      '-Xms32m',
      '-XX:+UseSerialGC',
      // C1 only: quicker start and less JIT work; a dev broker never needs C2's peak.
      '-XX:TieredStopAtLevel=1',
      '-Xshare:auto',
      // No hsperfdata sampling thread (jstat): one less wake-up every 50 ms.
      '-XX:-UsePerfData',
      '-Djava.awt.headless=true',
      `-Dlog4j2.configurationFile=${join(n.dir, 'log4j2.properties')}`,
      '-cp',
      this.dist.classpath,
    ];
  }

  async startNode(nodeId: number, waitForCluster = true): Promise<void> {
    if (this.procs.has(nodeId)) return;
    const n = this.spec(nodeId);
    const proc = spawnTiedToUs(this.dist.java, [...this.jvm(n, this.heapMb), 'kafka.Kafka', join(n.dir, 'server.properties')]);
    let stderr = '';
    proc.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    live.add(proc);
    this.procs.set(nodeId, proc);
    proc.once('exit', () => {
      live.delete(proc);
      if (this.procs.get(nodeId) === proc) this.procs.delete(nodeId);
    });
    const exited = new Promise<never>((_, reject) =>
      proc.once('exit', (code) => reject(new Error(`kafka node ${nodeId} exited (${code}): ${stderr.trim() || this.logTail(n)}`))),
    );
    exited.catch(() => undefined);
    this.exits.set(nodeId, exited);
    await Promise.race([waitForPort(n.ports.client, 60_000), exited]);
    if (waitForCluster) await this.waitForBrokers(this.procs.size, nodeId);
  }

  /** `step`, or the first exit of a node started so far. */
  failFast<T>(step: Promise<T>): Promise<T> {
    step.catch(() => undefined);
    return Promise.race([step, ...this.exits.values()]);
  }

  private logTail(n: NodeSpec): string {
    const file = join(n.dir, 'broker.log');
    return existsSync(file) ? readFileSync(file, 'utf8').slice(-2000) : 'no log';
  }

  /** Until the metadata quorum reports `count` brokers (and `nodeId`, when given). */
  async waitForBrokers(count: number, nodeId?: number, timeoutMs = 60_000): Promise<void> {
    await this.withAdmin((admin) =>
      untilReady('local Kafka', timeoutMs, async () => {
        if (this.stopped) return true; // nothing left to wait for (a start-up that failed fast)
        await admin.connect();
        const { brokers } = await admin.describeCluster();
        return (brokers.length >= count && (nodeId === undefined || brokers.some((b) => b.nodeId === nodeId))) || `${brokers.length} of ${count} brokers`;
      }),
    );
  }

  /** Consumers join at once: the offsets topic exists and its coordinators have loaded. */
  async warmGroupCoordinator(timeoutMs = 60_000): Promise<void> {
    await this.withAdmin((admin) =>
      untilReady('group coordinator', timeoutMs, async () => {
        if (this.stopped) return true;
        await admin.connect();
        await admin.describeGroups(['local-kafka.warm-up']);
        return true;
      }),
    );
  }

  private async withAdmin(work: (admin: Admin) => Promise<void>): Promise<void> {
    const admin = new Kafka({ clientId: 'local-kafka', brokers: this.liveBootstrap(), sasl: this.operator, logLevel: logLevel.NOTHING }).admin();
    try {
      await work(admin);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  private liveBootstrap(): string[] {
    return this.nodes.filter((n) => this.procs.has(n.nodeId)).map((n) => `127.0.0.1:${n.ports.client}`);
  }

  async killNode(nodeId: number): Promise<void> {
    await this.signal(nodeId, 'SIGKILL', 0);
  }

  async stopNode(nodeId: number): Promise<void> {
    await this.signal(nodeId, 'SIGTERM', 30_000);
  }

  private async signal(nodeId: number, signal: NodeJS.Signals, graceMs: number): Promise<void> {
    const proc = this.procs.get(nodeId);
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    const java = await proc.javaPid;
    const kill = (sig: NodeJS.Signals) => {
      try {
        process.kill(java, sig);
      } catch {
        // already gone
      }
    };
    kill(signal);
    const timer = graceMs ? setTimeout(() => kill('SIGKILL'), graceMs) : undefined;
    await exited;
    clearTimeout(timer);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    // Temporary clusters are thrown away, so there is nothing to shut down cleanly.
    const grace = this.temporary ? 0 : 10_000;
    await Promise.all(this.nodeIds.map((id) => (grace ? this.signal(id, 'SIGTERM', grace) : this.killNode(id))));
    if (this.temporary) rmSync(this.home, { recursive: true, force: true });
  }

  private spec(nodeId: number): NodeSpec {
    const n = this.nodes.find((x) => x.nodeId === nodeId);
    if (!n) throw new Error(`no kafka node ${nodeId}`);
    return n;
  }
}
