import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** R13 and the architecture: libs/consent reads no clock, draws no random numbers, does no I/O. */
const dir = new URL('.', import.meta.url).pathname;
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

describe('R13 purity: no clock, no randomness, no I/O', () => {
  it('finds the sources', () => {
    expect(sources.map((s) => s.file)).toEqual(expect.arrayContaining(['decide.ts', 'consent.ts', 'index.ts']));
  });

  it.each([
    ['a clock read', /Date\.now\(|new Date\(\s*\)|performance\.now|process\.hrtime/],
    ['randomness', /Math\.random|crypto\./],
    ['process or environment access', /\bprocess\.|globalThis\./],
    ['a dynamic import or require', /\bimport\(|\brequire\(/],
  ])('contains no %s', (_what, pattern) => {
    for (const { file, text } of sources) expect({ file, hit: pattern.exec(text)?.[0] }).toEqual({ file, hit: undefined });
  });

  it('imports only from libs/consent itself and libs/contracts', () => {
    for (const { file, text } of sources) {
      for (const [, spec] of text.matchAll(/from\s+'([^']+)'/g)) {
        expect({ file, spec, ok: /^\.\/(wellness\/)?[\w.-]+\.js$/.test(spec) || /^\.\.\/\.\.\/contracts\/src\/[\w/.-]+\.js$/.test(spec) }).toEqual({ file, spec, ok: true });
      }
    }
  });
});
