/** What one fault test measured: the table row. */
export interface FaultReport {
  fault: string;
  writes: number;
  /** Writes answered 2xx. */
  acknowledged: number;
  lost: number;
  duplicates: number;
  outOfOrder: number;
  deadLettered: number;
  /** From the end of the fault until every acknowledged write was applied. */
  convergenceMs: number;
  /** From the end of the load (the last write) until every acknowledged write was applied. */
  afterLoadMs: number;
}

/** One line per fault, collected into the run's summary (and the table). */
export function printReport(r: FaultReport): void {
  process.stdout.write(
    `[reliability] ${r.fault}: writes ${r.writes}, 2xx ${r.acknowledged}, lost ${r.lost}, duplicates ${r.duplicates}, out of order ${r.outOfOrder}, dead-lettered ${r.deadLettered}, converged ${(r.convergenceMs / 1000).toFixed(1)} s after the fault ended, ${(r.afterLoadMs / 1000).toFixed(1)} s after the last write\n`,
  );
}

/** The guarantee: every 2xx applied, none twice, in order, nothing dead-lettered, converged in time. */
export function expectGuarantee(report: FaultReport): void {
  printReport(report);
  expect(report.acknowledged).toBeGreaterThan(0);
  expect(report).toMatchObject({ lost: 0, duplicates: 0, outOfOrder: 0, deadLettered: 0 });
  expect(report.convergenceMs).toBeGreaterThanOrEqual(0);
}
