import { containsNul, jsonNestingExceeds, MAX_JSON_DEPTH } from './hostile-input.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('hostile input checks', () => {
  it('measures nesting without parsing, ignoring brackets inside strings', () => {
    expect(jsonNestingExceeds(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(jsonNestingExceeds(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(jsonNestingExceeds(Buffer.from(`{"a":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`), MAX_JSON_DEPTH)).toBe(false);
    expect(jsonNestingExceeds('{"a":{"b":[1,{"c":2}]}}', 3)).toBe(true);
  });

  it('stops at the first level too deep, so a 100,000-deep body is cheap', () => {
    expect(jsonNestingExceeds(Buffer.from(nested(100_000)), MAX_JSON_DEPTH)).toBe(true);
  });

  it('finds NUL in any string or key of a parsed value', () => {
    expect(containsNul({ a: [{ b: 'x\u0000y' }] })).toBe(true);
    expect(containsNul({ ['k\u0000']: 1 })).toBe(true);
    expect(containsNul('campus\u0000')).toBe(true);
    expect(containsNul({ a: ['fine', 1, null, true] })).toBe(false);
    expect(containsNul(undefined)).toBe(false);
  });
});
