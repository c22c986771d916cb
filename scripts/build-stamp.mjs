// The "is a compile needed?" decision of scripts/prepare.mjs, apart so it can be tested: plain JS,
// Node built-ins only (it runs before `npm install`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** tsconfig's include roots, and the single files whose change means a new build. */
export const INPUT_DIRS = ['apps', 'libs', 'test', 'bench', 'scripts'];
export const INPUT_FILES = ['tsconfig.json', 'node_modules/.install-stamp'];

/**
 * Newest mtime of the compiler's inputs: the include roots (files and folders, so a deleted file
 * counts too; .ts and .json files, node_modules skipped), tsconfig.json and the install stamp.
 */
export function newestInput(root) {
  let newest = 0;
  const visit = (path) => {
    const st = statSync(path);
    newest = Math.max(newest, st.mtimeMs);
    if (!st.isDirectory()) return;
    for (const e of readdirSync(path, { withFileTypes: true })) {
      if (e.isDirectory() ? e.name !== 'node_modules' : e.name.endsWith('.ts') || e.name.endsWith('.json')) visit(join(path, e.name));
    }
  };
  for (const dir of INPUT_DIRS) if (existsSync(join(root, dir))) visit(join(root, dir));
  for (const f of INPUT_FILES) if (existsSync(join(root, f))) newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
  return newest;
}

/**
 * The pure decision: the last build still stands when it has build info and started after the
 * newest input changed. Returns that build's stamp (`{ startedAt, ok }`), or undefined: compile.
 */
export function buildStillCurrent(stamp, newestInputMs, hasBuildInfo) {
  if (!hasBuildInfo || !stamp || typeof stamp.startedAt !== 'number') return undefined;
  return newestInputMs < stamp.startedAt ? stamp : undefined;
}

export const buildStampPath = (root) => join(root, 'dist', '.prepare-build-stamp');

/** The last build's stamp when no input changed since it started; undefined when a compile is due. */
export function lastBuild(root) {
  const path = buildStampPath(root);
  const hasBuildInfo = existsSync(join(root, 'dist', '.tsbuildinfo'));
  if (!existsSync(path) || !hasBuildInfo) return undefined;
  try {
    return buildStillCurrent(JSON.parse(readFileSync(path, 'utf8')), newestInput(root), hasBuildInfo);
  } catch {
    return undefined;
  }
}
