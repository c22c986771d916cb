#!/usr/bin/env node
// Makes a fresh clone runnable: installs dependencies when missing or stale, then type-checks and
// compiles with `tsc -b` unless no input changed since the last build. Plain JS with no
// dependencies, because it runs before `npm install`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStampPath, lastBuild } from './build-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'node_modules', '.install-stamp');
const log = (msg) => process.stderr.write(`[prepare] ${msg}\n`);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });

const lock = ['package.json', 'package-lock.json']
  .filter((f) => existsSync(join(root, f)))
  .map((f) => readFileSync(join(root, f)))
  .reduce((h, buf) => h.update(buf), createHash('sha256'))
  .digest('hex');

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
  log('installing dependencies (npm ci)...');
  // Exactly the lockfile, or nothing: a lockfile CI cannot install as is must be fixed, not worked around.
  try {
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  } catch {
    log('npm ci failed; see the errors above');
    process.exit(1);
  }
  writeFileSync(stamp, lock);
}

// `tsc -b` decides "up to date" only after loading itself (1-2 s idle), and re-checks the whole
// program on every run while the last build had errors (someone's half-edited file in a shared tree),
// without even rewriting its build info: 30+ s per `npm run -s token` on a busy machine. The stamp
// records when the last build started and whether it passed; no input newer than that means
// nothing to compile, and the last verdict stands (lastBuild in build-stamp.mjs, with a spec).
const buildStamp = buildStampPath(root);

function build() {
  const startedAt = Date.now();
  let ok = true;
  try {
    run(join(root, 'node_modules', '.bin', 'tsc'), ['-b']);
  } catch {
    ok = false;
  }
  writeFileSync(buildStamp, JSON.stringify({ startedAt, ok }));
  return ok;
}

if (!process.argv.includes('--no-build')) {
  const last = lastBuild(root);
  if (last && !last.ok) {
    log('type-check/build failed and no source changed since; run `npx tsc -b` to see the errors');
    process.exit(1);
  }
  if (!last && !build()) {
    log('type-check/build failed (tsc -b); see the errors above');
    process.exit(1);
  }
}
