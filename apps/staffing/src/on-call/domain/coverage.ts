/** A shift as the coverage sweep sees it: [startsAt, endsAt) in epoch milliseconds. */
export interface CoverageShift {
  shiftId: string;
  staffId: string;
  startsAt: number;
  endsAt: number;
}

export interface CoverageGap {
  from: number;
  to: number;
}

export interface CoverageOverlap {
  from: number;
  to: number;
  shiftIds: string[];
}

export interface Coverage {
  gaps: CoverageGap[];
  overlaps: CoverageOverlap[];
  /** Share of [from, to) with at least one clinician on call, 0..1. */
  coveredRatio: number;
}

/**
 * Sweeps the half-open period [from, to): stretches with nobody on call are gaps, stretches with
 * two or more shifts are overlaps (listing the shifts). Adjacent stretches with the same shifts merge.
 */
export function coverageOf(shifts: readonly CoverageShift[], from: number, to: number): Coverage {
  const clipped = shifts
    .map((s) => ({ ...s, startsAt: Math.max(s.startsAt, from), endsAt: Math.min(s.endsAt, to) }))
    .filter((s) => s.startsAt < s.endsAt);
  const cuts = [...new Set([from, to, ...clipped.flatMap((s) => [s.startsAt, s.endsAt])])].sort((a, b) => a - b);
  const gaps: CoverageGap[] = [];
  const overlaps: CoverageOverlap[] = [];
  let covered = 0;
  for (let i = 0; i < cuts.length - 1; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const on = clipped.filter((s) => s.startsAt <= a && s.endsAt >= b).map((s) => s.shiftId).sort();
    if (on.length === 0) appendGap(gaps, a, b);
    else covered += b - a;
    if (on.length >= 2) appendOverlap(overlaps, a, b, on);
  }
  return { gaps, overlaps, coveredRatio: to > from ? covered / (to - from) : 1 };
}

function appendGap(gaps: CoverageGap[], from: number, to: number): void {
  const last = gaps.at(-1);
  if (last && last.to === from) last.to = to;
  else gaps.push({ from, to });
}

function appendOverlap(overlaps: CoverageOverlap[], from: number, to: number, shiftIds: string[]): void {
  const last = overlaps.at(-1);
  if (last && last.to === from && last.shiftIds.join() === shiftIds.join()) last.to = to;
  else overlaps.push({ from, to, shiftIds });
}
