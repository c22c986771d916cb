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
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'pipe' });
  } catch (err) {
    // The registry mirror here lacks other platforms' optional binaries that the lockfile names.
    log('npm ci refused the lockfile; falling back to npm install');
    try {
      run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
    } catch {
      process.stderr.write(String(err.stderr ?? ''));
      log('npm install failed too; see the errors above');
      process.exit(1);
    }
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
