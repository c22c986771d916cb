import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '#devkit';

/** A service running from dist in a process of its own, listening on loopback. */
export interface ServiceProcess {
  readonly name: string;
  readonly url: string;
  /** SIGKILL, as a crashed or OOM-killed pod; resolves once the process is gone. */
  kill9(): Promise<void>;
  /** The last lines it wrote (its logs), for failure messages. */
  output(): string;
}

/** GET /health/<probe> status, 0 when nothing answers. */
export async function probe(url: string, which: 'live' | 'ready'): Promise<number> {
  try {
    return (await fetch(`${url}/health/${which}`, { signal: AbortSignal.timeout(2_000) })).status;
  } catch {
    return 0;
  }
}

/**
 * Starts dist/apps/<service>/src/main.js (built by `npx tsc -b`) with `env` (PORT among them) and
 * waits until /health/<until> answers 200: 'ready' also means messaging runs, 'live' only HTTP.
 */
export async function startServiceProcess(service: string, name: string, env: NodeJS.ProcessEnv, until: 'live' | 'ready' = 'ready'): Promise<ServiceProcess> {
  const script = join(repoRoot(), 'dist', 'test', 'reliability', 'support', 'service-main.js');
  if (!existsSync(script)) throw new Error(`${script} is missing: run npx tsc -b first`);
  const url = `http://127.0.0.1:${env.PORT}`;
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', script, service], {
    cwd: repoRoot(),
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) => child.once('exit', (code) => ((exitCode = code), resolve())));
  const deadline = Date.now() + 90_000;
  while ((await probe(url, until)) !== 200) {
    if (exitCode !== undefined) throw new Error(`${name} exited (${exitCode}) before it was ${until}: ${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} not ${until} within 90 s: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    name,
    url,
    async kill9() {
      if (exitCode === undefined) child.kill('SIGKILL');
      await exited;
    },
    output: () => output,
  };
}
