import { setTimeout as sleep } from 'node:timers/promises';
import { Problem } from '#platform';

export const NOT_FOUND_FLOOR_ENV = 'SUPPORT_NOT_FOUND_FLOOR_MS';
const DEFAULT_FLOOR_MS = 50;
const MAX_FLOOR_MS = 1_000;

/**
 * R10 in time as well as in content: a gated read that answers 404 (a denial, or a record that does
 * not exist) answers no sooner than this many ms after the read began. A denial materialises the
 * record and its student's facts that a miss never finds, about 0.2–0.3 ms more on the dev machine
 * (bench/denial-timing.ts): enough for an officer to learn, over a few hundred requests, that a
 * student has a support plan. Both finish well inside the floor, so both answer at it. 0 = off.
 */
export function notFoundFloorMs(env: NodeJS.ProcessEnv): number {
  const raw = env[NOT_FOUND_FLOOR_ENV];
  if (raw === undefined || raw === '') return DEFAULT_FLOOR_MS;
  if (!/^\d+$/.test(raw) || Number(raw) > MAX_FLOOR_MS) throw new Error(`${NOT_FOUND_FLOOR_ENV}: must be a whole number of milliseconds from 0 (off) to ${MAX_FLOOR_MS}`);
  return Number(raw);
}

/** A 404 problem is held until `startedAt + floorMs` (performance.now() clock); anything else is not. */
export async function holdNotFound(err: unknown, startedAt: number, floorMs: number, now: () => number): Promise<void> {
  if (!(err instanceof Problem) || err.status !== 404) return;
  const wait = startedAt + floorMs - now();
  if (wait > 0) await sleep(wait);
}
