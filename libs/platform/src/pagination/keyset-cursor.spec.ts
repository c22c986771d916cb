import { decodeCursor, encodeCursor, toPage } from './keyset-cursor.js';

describe('keyset cursor (shared by every list)', () => {
  const values = ['2026-11-23T14:05:00.123456Z', '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de'];

  it('round-trips and stays URL-safe', () => {
    const raw = encodeCursor(values);
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(raw, ['timestamp', 'uuid'])).toEqual(values);
  });

  it('carries dates, text and integers', () => {
    const raw = encodeCursor(['2027-01-31', 'Lopez', 3]);
    expect(decodeCursor(raw, ['date', 'text', 'int'])).toEqual(['2027-01-31', 'Lopez', 3]);
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['other JSON', Buffer.from('{"a":1}').toString('base64url')],
    ['an injected timestamp', Buffer.from(JSON.stringify(["2026-01-01'; drop table incident; --", values[1]])).toString('base64url')],
    ['a bad id', Buffer.from(JSON.stringify([values[0], 'x'])).toString('base64url')],
    ['another list\'s cursor (wrong arity)', encodeCursor(['2027-01-31', 'Lopez', 3])],
    ['a millisecond timestamp', encodeCursor(['2026-11-23T14:05:00.123Z', values[1]])],
  ])('rejects %s as a 400 validation problem on the cursor field', (_label, raw) => {
    expect(() => decodeCursor(raw, ['timestamp', 'uuid'])).toThrow(
      expect.objectContaining({ status: 400, code: 'REQUEST.VALIDATION_FAILED', extensions: { errors: [expect.objectContaining({ field: 'cursor' })] } }),
    );
  });

  it('gives a next cursor only when the extra row exists', () => {
    const rows = [{ k: 1 }, { k: 2 }, { k: 3 }];
    const full = toPage(rows, 2, (r) => [r.k], (r) => r.k);
    expect(full.items).toEqual([1, 2]);
    expect(decodeCursor(full.nextCursor!, ['int'])).toEqual([2]);
    expect(toPage(rows, 3, (r) => [r.k], (r) => r.k).nextCursor).toBeNull();
  });
});
