import { Problem } from '#platform';
import { holdNotFound, NOT_FOUND_FLOOR_ENV, notFoundFloorMs } from './not-found-floor.js';

describe('the 404 floor of gated reads (R10 in time)', () => {
  it('R10: defaults to 50 ms; 0 turns it off; anything else must be whole ms up to 1000', () => {
    expect(notFoundFloorMs({})).toBe(50);
    expect(notFoundFloorMs({ [NOT_FOUND_FLOOR_ENV]: '' })).toBe(50);
    expect(notFoundFloorMs({ [NOT_FOUND_FLOOR_ENV]: '0' })).toBe(0);
    expect(notFoundFloorMs({ [NOT_FOUND_FLOOR_ENV]: '120' })).toBe(120);
    for (const bad of ['-1', '1.5', 'soon', '1001']) expect(() => notFoundFloorMs({ [NOT_FOUND_FLOOR_ENV]: bad })).toThrow(NOT_FOUND_FLOOR_ENV);
  });

  it('R10: a 404 problem is held until the floor after the start', async () => {
    const started = Date.now();
    // The read began 10 ms "ago" on the injected clock: 30 ms of the 40 remain.
    await holdNotFound(Problem.notFound('REFERRAL.NOT_FOUND', 'No such referral'), 0, 40, () => 10);
    expect(Date.now() - started).toBeGreaterThanOrEqual(28);
  });

  it('R10: nothing else is held, nor a 404 whose floor has passed (a floor of a minute would time this test out)', async () => {
    const minute = 60_000;
    await holdNotFound(new Problem(403, 'AUTH.FORBIDDEN', 'Not allowed'), 0, minute, () => 0);
    await holdNotFound(new Error('database away'), 0, minute, () => 0);
    await holdNotFound(Problem.notFound('REFERRAL.NOT_FOUND', 'No such referral'), 0, minute, () => minute);
  });
});
