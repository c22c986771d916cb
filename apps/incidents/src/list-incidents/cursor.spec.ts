import { decodeCursor, encodeCursor } from './cursor.js';

describe('incident list cursor', () => {
  const cursor = { occurredAt: '2026-11-23T14:05:00.123456Z', id: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de' };

  it('round-trips and stays URL-safe', () => {
    const raw = encodeCursor(cursor);
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(raw)).toEqual(cursor);
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['other JSON', Buffer.from('{"a":1}').toString('base64url')],
    ['an injected timestamp', Buffer.from(JSON.stringify(["2026-01-01'; drop table incident; --", cursor.id])).toString('base64url')],
    ['a bad id', Buffer.from(JSON.stringify([cursor.occurredAt, 'x'])).toString('base64url')],
  ])('rejects %s as a 400 validation problem on the cursor field', (_label, raw) => {
    expect(() => decodeCursor(raw)).toThrow(expect.objectContaining({ status: 400, code: 'REQUEST.VALIDATION_FAILED', extensions: { errors: [expect.objectContaining({ field: 'cursor' })] } }));
  });
});
