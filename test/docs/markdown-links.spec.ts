import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Issue 14, item 8: every link in the repository's Markdown resolves in a fresh clone. Relative links
 * and `*.md` paths named in code spans must exist inside the repository (nothing in ../shared or any
 * other sibling), and `#anchors` must match a heading of the file they point into.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP = new Set(['node_modules', 'dist', '.git', '.dev', 'coverage']);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^#{1,6}\s+(.*)$/.exec(line);
    if (m) anchors.add(m[1].trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'));
  }
  return anchors;
}

function problemsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  const where = relative(ROOT, file);
  const problems: string[] = [];
  const check = (target: string, kind: string, alsoFromRoot: boolean) => {
    const [path, anchor] = target.split('#');
    const candidates = path ? [resolve(dirname(file), path), ...(alsoFromRoot ? [resolve(ROOT, path)] : [])] : [file];
    const found = candidates.find((c) => existsSync(c) && !relative(ROOT, c).startsWith('..'));
    if (!found) return void problems.push(`${where}: ${kind} ${target} does not resolve inside the repository`);
    if (anchor && found.endsWith('.md') && !anchorsOf(found).has(anchor)) problems.push(`${where}: ${kind} ${target}: no heading #${anchor}`);
  };
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^(https?:|mailto:)/.test(target)) continue;
    check(target, 'link', false);
  }
  for (const [, span] of text.matchAll(/`([^`\s]+\.md)`/g)) check(span, 'path', true);
  return problems;
}

describe('docs: every Markdown link resolves in a fresh clone (issue 14, item 8)', () => {
  const files = markdownFiles(ROOT);

  it('finds the READMEs and the consent rules', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(['README.md', 'libs/consent/README.md', 'libs/consent/RULES.md']));
  });

  it('has no link or .md path that leaves the repository or points at nothing', () => {
    expect(files.flatMap(problemsOf)).toEqual([]);
  });

  it('R1-R13: libs/consent/RULES.md states every rule id of libs/consent', async () => {
    const { RULES } = await import('../../libs/consent/src/rules.js');
    const text = readFileSync(join(ROOT, 'libs/consent/RULES.md'), 'utf8');
    for (const id of Object.keys(RULES)) expect({ id, stated: new RegExp(`\\*\\*${id} `).test(text) }).toEqual({ id, stated: true });
  });
});
