import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

export default async function globalTeardown() {
  await globalThis.__EMBEDDED_PG__?.stop();
  printBrokerTimings(process.env.KAFKA_TIMINGS_FILE);
}

/** One line per cluster size: how long the real brokers took to be ready (topics and ACLs in place). */
function printBrokerTimings(file) {
  if (!file || !existsSync(file)) return;
  const bySize = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const [nodes, ms] = line.split(' ').map(Number);
    bySize.set(nodes, [...(bySize.get(nodes) ?? []), ms]);
  }
  for (const [nodes, all] of [...bySize].sort((a, b) => a[0] - b[0])) {
    const sorted = all.sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    process.stdout.write(
      `[kafka] ${nodes}-node cluster started ${sorted.length}x: median ${(median / 1000).toFixed(1)} s, max ${(sorted.at(-1) / 1000).toFixed(1)} s\n`,
    );
  }
  rmSync(dirname(file), { recursive: true, force: true });
}
