import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WELLNESS_RULES } from './rules.js';

/** W12: the well-being rules read no clock, draw no random numbers and do no I/O. Every rule is tested. */
const dir = new URL('.', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const sources = files.filter((f) => !f.endsWith('.spec.ts')).map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

describe('W12 purity and coverage of the well-being rules', () => {
  it.each([
    ['a clock read', /Date\.now\(|new Date\(\s*\)|performance\.now|process\.hrtime/],
    ['randomness', /Math\.random|crypto\./],
    ['process or environment access', /\bprocess\.|globalThis\./],
    ['a dynamic import or require', /\bimport\(|\brequire\(/],
  ])('W12: contains no %s', (_what, pattern) => {
    for (const { file, text } of sources) expect({ file, hit: pattern.exec(text)?.[0] }).toEqual({ file, hit: undefined });
  });

  it('W12: imports only its own folder', () => {
    for (const { file, text } of sources) {
      for (const [, spec] of text.matchAll(/from\s+'([^']+)'/g)) expect({ file, spec, ok: /^\.\/[\w.-]+\.js$/.test(spec) }).toEqual({ file, spec, ok: true });
    }
  });

  it('W12: every rule id has a test here that names it, and RULES.md states each one', () => {
    const specs = files.filter((f) => f.endsWith('.spec.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const doc = readFileSync(join(dir, 'RULES.md'), 'utf8');
    for (const id of Object.keys(WELLNESS_RULES)) {
      expect({ id, tested: new RegExp(`'${id}[:,]`).test(specs) }).toEqual({ id, tested: true });
      expect({ id, documented: doc.includes(`**${id} `) }).toEqual({ id, documented: true });
    }
  });
});
