import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { allTopicNames } from '#contracts';

/**
 * The local Kafka-protocol broker for dev and CI: librdkafka's mock cluster behind a small C
 * launcher (tools/kafka-mock). Memory only; topics from the registry in libs/contracts.
 */
export interface LocalBroker {
  readonly bootstrap: string;
  /** Sends a control line (down/up/leader/topic) and waits for its OK. */
  control(line: string): Promise<void>;
  stop(): Promise<void>;
}

export interface LocalBrokerOptions {
  brokers?: number;
  /** Fixed ports P..P+N-1 (the dev runner); ephemeral ports when unset (tests). */
  portBase?: number;
  /** Clamps each Fetch's MaxWaitTime; the mock otherwise holds empty fetches for their full wait. */
  fetchWaitMaxMs?: number;
}

export function buildLocalBroker(root: string): string {
  execFileSync('bash', [join(root, 'tools', 'kafka-mock', 'build.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  return join(root, 'tools', 'kafka-mock', 'bin', 'kafka-mock');
}

export async function startLocalBroker(root: string, options: LocalBrokerOptions = {}): Promise<LocalBroker> {
  const binary = buildLocalBroker(root);
  // --exit-on-eof: the broker dies with its parent (our end of stdin closes), never lingers on its ports.
  const args = ['--brokers', String(options.brokers ?? 3), '--fetch-wait-max', String(options.fetchWaitMaxMs ?? 10), '--exit-on-eof'];
  if (options.portBase) args.push('--port-base', String(options.portBase));
  for (const t of allTopicNames()) args.push('--topic', `${t.name}:${t.partitions}`);
  // Own process group: a terminal Ctrl-C reaches the services, which drain, before the broker stops.
  const proc = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const lines = createInterface({ input: proc.stdout });
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const bootstrap = await waitForReady(proc, lines, () => stderr);
  return new RunningBroker(proc, lines, bootstrap);
}

function waitForReady(proc: ChildProcessWithoutNullStreams, lines: Interface, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let bootstrap = '';
    const onExit = (code: number | null) => reject(new Error(`kafka-mock exited (${code}) before READY: ${stderr().trim()}`));
    proc.once('exit', onExit);
    const onLine = (line: string) => {
      if (line.startsWith('BOOTSTRAP ')) bootstrap = line.slice('BOOTSTRAP '.length).trim();
      if (line === 'READY') {
        lines.off('line', onLine);
        proc.off('exit', onExit);
        resolve(bootstrap);
      }
    };
    lines.on('line', onLine);
  });
}

class RunningBroker implements LocalBroker {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly proc: ChildProcessWithoutNullStreams,
    private readonly lines: Interface,
    readonly bootstrap: string,
  ) {}

  control(line: string): Promise<void> {
    if (!line.trim()) return Promise.reject(new Error('kafka-mock: empty control line'));
    const next = this.queue.then(
      () =>
        new Promise<void>((resolve, reject) => {
          const onLine = (reply: string) => {
            this.lines.off('line', onLine);
            if (reply.startsWith('OK')) resolve();
            else reject(new Error(`kafka-mock: ${line} → ${reply}`));
          };
          this.lines.on('line', onLine);
          this.proc.stdin.write(`${line}\n`);
        }),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    const exited = new Promise((resolve) => this.proc.once('exit', resolve));
    this.proc.kill('SIGTERM');
    await exited;
  }
}
