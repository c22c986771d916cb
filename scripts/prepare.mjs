#!/usr/bin/env node
// Makes a fresh clone runnable: installs dependencies when missing or stale, then type-checks and
// compiles with `tsc -b`. Plain JS with no dependencies, because it runs before `npm install`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  try {
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  } catch {
    // A lockfile made on another platform can name optional binaries this registry mirror lacks.
    log('npm ci failed; falling back to npm install');
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  }
  writeFileSync(stamp, lock);
}

if (!process.argv.includes('--no-build')) {
  try {
    run(join(root, 'node_modules', '.bin', 'tsc'), ['-b']);
  } catch {
    log('type-check/build failed (tsc -b); see the errors above');
    process.exit(1);
  }
}
