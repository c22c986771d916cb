import { spawn, type ChildProcess } from 'node:child_process';

export type NodeProcess = ChildProcess & { javaPid: Promise<number> };

export const live = new Set<NodeProcess>();
// Brokers are detached (a terminal Ctrl-C reaches the services first); never let one outlive us.
process.once('exit', () => {
  for (const proc of live) proc.stdin?.destroy();
});

// A background job's stdin is /dev/null unless redirected, hence fd 3.
const TIED = 'exec 3<&0; "$@" </dev/null & child=$!; echo "$child"; ( read _ignored <&3; kill -9 "$child" 2>/dev/null ) & wait "$child"';

/**
 * Runs the JVM under a small shell that kills it as soon as our end of its stdin closes: when we
 * stop it, and also when this process dies without cleaning up (SIGKILL, a crashed test worker).
 */
export function spawnTiedToUs(command: string, args: string[]): NodeProcess {
  const proc = spawn('sh', ['-c', TIED, 'kafka-node', command, ...args], { stdio: ['pipe', 'pipe', 'pipe'], detached: true }) as NodeProcess;
  proc.javaPid = new Promise((resolve, reject) => {
    proc.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim().split('\n')[0])));
    proc.once('exit', (code) => reject(new Error(`kafka node exited (${code}) before it started`)));
  });
  proc.javaPid.catch(() => undefined);
  proc.once('exit', () => proc.stdin?.destroy());
  return proc;
}
