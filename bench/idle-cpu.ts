// Idle cost of the whole system: run `npm start`, leave it alone, then in another terminal
//   node dist/bench/idle-cpu.js [--seconds 30] [--goal 5]
// It samples /proc for each process of the system (the five services, the portal, the Kafka
// broker, the embedded PostgreSQL) and prints CPU per process as a percentage of one core.
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fmt, isMain } from './support.js';

interface Proc {
  pid: number;
  name: string;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** What each process of the system looks like in /proc/<pid>/cmdline. */
function classify(cmdline: string[]): string | undefined {
  const app = cmdline.map((a) => /dist\/apps\/([^/]+)\/src\/main\.js$/.exec(a)?.[1]).find(Boolean);
  if (app) return app;
  // Only the dev broker (data in .dev/kafka): test clusters elsewhere on the machine are not the system.
  if (cmdline.includes('kafka.Kafka') && cmdline.join(' ').includes('/.dev/kafka/data/')) return 'kafka broker';
  if (/postgres/.test(cmdline[0] ?? '') && cmdline.join(' ').includes('.dev/pgdata')) return 'postgres (embedded)';
  if (cmdline.join(' ').includes('dist/scripts/dev/run-system.js')) return 'dev runner';
  return undefined;
}

function systemProcesses(): Proc[] {
  const procs: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const name = classify(cmdline);
      if (name) procs.push({ pid: Number(entry), name });
    } catch {
      // gone meanwhile
    }
  }
  return procs;
}

/** utime + stime of the process (all threads), in clock ticks; postgres workers are separate processes. */
function cpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/** Embedded PostgreSQL's backends and background workers are children of the postmaster. */
function withChildren(procs: Proc[]): Proc[] {
  const byParent = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  return procs.flatMap((p) =>
    p.name.startsWith('postgres') ? [p, ...(byParent.get(p.pid) ?? []).map((pid) => ({ pid, name: p.name }))] : [p],
  );
}

export async function measureIdleCpu(seconds: number): Promise<{ perProcess: Map<string, number>; total: number }> {
  const procs = withChildren(systemProcesses());
  if (!procs.some((p) => p.name === 'kafka broker') || !procs.some((p) => p.name === 'incidents')) {
    throw new Error('the whole system is not running: start it with `npm start` (embedded defaults) first');
  }
  const before = new Map(procs.map((p) => [p.pid, cpuTicks(p.pid) ?? 0]));
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const perProcess = new Map<string, number>();
  for (const p of procs) {
    const after = cpuTicks(p.pid);
    if (after === undefined) continue;
    const pct = ((after - before.get(p.pid)!) / CLOCK_TICKS / seconds) * 100;
    perProcess.set(p.name, (perProcess.get(p.name) ?? 0) + pct);
  }
  const total = [...perProcess.values()].reduce((a, b) => a + b, 0);
  return { perProcess, total };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '30' }, goal: { type: 'string', default: '5' } } });
  const seconds = Number(values.seconds);
  const goal = Number(values.goal);
  process.stdout.write(`Sampling /proc for ${seconds} s with the system idle...\n`);
  const { perProcess, total } = await measureIdleCpu(seconds);
  for (const [name, pct] of [...perProcess].sort((a, b) => b[1] - a[1])) {
    process.stdout.write(`  ${name.padEnd(22)} ${fmt(pct, 2).padStart(6)} % of one core\n`);
  }
  process.stdout.write(`  ${'total'.padEnd(22)} ${fmt(total, 2).padStart(6)} % of one core   goal < ${goal} %: ${total < goal ? 'MET' : 'MISSED'}\n`);
}

if (isMain(import.meta.url)) {
  main().catch((err) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  });
}
