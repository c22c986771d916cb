export interface BuildStamp {
  /** When the last `tsc -b` started (ms since the epoch). */
  startedAt: number;
  /** Whether it passed. */
  ok: boolean;
}
export declare const INPUT_DIRS: readonly string[];
export declare const INPUT_FILES: readonly string[];
export declare function newestInput(root: string): number;
export declare function buildStillCurrent(stamp: unknown, newestInputMs: number, hasBuildInfo: boolean): BuildStamp | undefined;
export declare function buildStampPath(root: string): string;
export declare function lastBuild(root: string): BuildStamp | undefined;
