import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildStillCurrent, lastBuild, newestInput } from './build-stamp.mjs';

// Issue 18 item 6: `npm run -s token` (node scripts/prepare.mjs && …) must not run `tsc -b` again
// when no input changed since the last build, and must when one did.

// Whole seconds: utimes takes float seconds, and a millisecond fraction can come back as .999.
const T0 = Math.floor(Date.now() / 1000) * 1000 - 60_000;
const at = (ms: number) => new Date(ms);

/** A throwaway repo: inputs dated T0, a finished build (stamp started at T0 + 1 s), a fake tsc that leaves a mark. */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'jrb-build-stamp-'));
  const files: Record<string, string> = {
    'package.json': '{"name":"x"}',
    'tsconfig.json': '{}',
    'apps/a/src/main.ts': 'export {};',
    'libs/l/src/index.ts': 'export {};',
    'scripts/token.ts': 'export {};',
    'dist/.tsbuildinfo': '{}',
    'node_modules/.bin/tsc': `#!/bin/sh\necho run >> "${root}/tsc-ran"\n`,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  chmodSync(join(root, 'node_modules/.bin/tsc'), 0o755);
  // What prepare.mjs compares before `npm ci`: this makes it skip the install.
  writeFileSync(join(root, 'node_modules/.install-stamp'), createHash('sha256').update(readFileSync(join(root, 'package.json'))).digest('hex'));
  for (const path of ['apps/a/src/main.ts', 'apps/a/src', 'apps/a', 'apps', 'libs/l/src/index.ts', 'libs/l/src', 'libs/l', 'libs', 'scripts/token.ts', 'scripts', 'tsconfig.json', 'node_modules/.install-stamp']) {
    utimesSync(join(root, path), at(T0), at(T0));
  }
  writeFileSync(join(root, 'dist/.prepare-build-stamp'), JSON.stringify({ startedAt: T0 + 1000, ok: true }));
  return root;
}

/** Runs the real scripts/prepare.mjs against the repo; true when it ran tsc. */
function prepare(root: string): { compiled: boolean; status: number } {
  mkdirSync(join(root, 'scripts'), { recursive: true });
  for (const f of ['prepare.mjs', 'build-stamp.mjs']) copyFileSync(join(process.cwd(), 'scripts', f), join(root, 'scripts', f));
  // The copies are not inputs to date: give the scripts folder back its old time.
  utimesSync(join(root, 'scripts'), at(T0), at(T0));
  let status = 0;
  try {
    execFileSync(process.execPath, [join(root, 'scripts/prepare.mjs')], { cwd: root, stdio: 'pipe' });
  } catch (err) {
    status = (err as { status: number }).status;
  }
  const compiled = existsSync(join(root, 'tsc-ran'));
  rmSync(join(root, 'tsc-ran'), { force: true });
  return { compiled, status };
}

const roots: string[] = [];
const fresh = () => {
  const root = repo();
  roots.push(root);
  return root;
};
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('build stamp: compile only when an input changed', () => {
  it('the decision: the last build stands while it started after the newest input, with build info', () => {
    const stamp = { startedAt: 2000, ok: true };
    expect(buildStillCurrent(stamp, 1999, true)).toBe(stamp);
    expect(buildStillCurrent(stamp, 2000, true)).toBeUndefined();
    expect(buildStillCurrent(stamp, 2500, true)).toBeUndefined();
    expect(buildStillCurrent(stamp, 1000, false)).toBeUndefined();
    expect(buildStillCurrent(undefined, 1000, true)).toBeUndefined();
    expect(buildStillCurrent({ ok: true }, 1000, true)).toBeUndefined();
    const failed = { startedAt: 2000, ok: false };
    expect(buildStillCurrent(failed, 1000, true)).toBe(failed);
  });

  it('nothing changed: the last build stands; files tsc does not read do not count', () => {
    const root = fresh();
    expect(newestInput(root)).toBe(T0);
    expect(lastBuild(root)).toEqual({ startedAt: T0 + 1000, ok: true });
    writeFileSync(join(root, 'apps/a/README.md'), 'notes');
    mkdirSync(join(root, 'apps/a/node_modules'));
    utimesSync(join(root, 'apps/a'), at(T0), at(T0));
    expect(lastBuild(root)).toEqual({ startedAt: T0 + 1000, ok: true });
  });

  it('an edited, added or deleted source, tsconfig or a new install means a compile', () => {
    const edited = fresh();
    utimesSync(join(edited, 'libs/l/src/index.ts'), at(T0 + 2000), at(T0 + 2000));
    expect(lastBuild(edited)).toBeUndefined();
    const added = fresh();
    writeFileSync(join(added, 'apps/a/src/new.ts'), 'export {};');
    expect(lastBuild(added)).toBeUndefined();
    const deleted = fresh();
    unlinkSync(join(deleted, 'scripts/token.ts'));
    expect(lastBuild(deleted)).toBeUndefined();
    const config = fresh();
    utimesSync(join(config, 'tsconfig.json'), at(T0 + 2000), at(T0 + 2000));
    expect(lastBuild(config)).toBeUndefined();
    const install = fresh();
    utimesSync(join(install, 'node_modules/.install-stamp'), at(T0 + 2000), at(T0 + 2000));
    expect(lastBuild(install)).toBeUndefined();
    const noInfo = fresh();
    unlinkSync(join(noInfo, 'dist/.tsbuildinfo'));
    expect(lastBuild(noInfo)).toBeUndefined();
  });

  it('prepare.mjs (the token script\'s first step) skips tsc when nothing changed and runs it when a source did', () => {
    const root = fresh();
    expect(prepare(root)).toEqual({ compiled: false, status: 0 });
    expect(prepare(root)).toEqual({ compiled: false, status: 0 });
    utimesSync(join(root, 'apps/a/src/main.ts'), at(Date.now() + 1000), at(Date.now() + 1000));
    expect(prepare(root)).toEqual({ compiled: true, status: 0 });
    // The edit was dated after that build started; dated back, the new stamp covers every input.
    utimesSync(join(root, 'apps/a/src/main.ts'), at(T0), at(T0));
    expect(prepare(root)).toEqual({ compiled: false, status: 0 });
  });

  it('a failed build with nothing changed since keeps its verdict without compiling again', () => {
    const root = fresh();
    writeFileSync(join(root, 'dist/.prepare-build-stamp'), JSON.stringify({ startedAt: T0 + 1000, ok: false }));
    expect(prepare(root)).toEqual({ compiled: false, status: 1 });
  });
});
