import { SEAL_INTERVAL_ENV, sealSweepMs } from './disclosure-sealer.js';

describe('R7 (issue 16): how often every district is swept for unsealed disclosures', () => {
  it('R7: defaults to every 10 s; 0 turns the sweep off; anything else must be at least 100 ms', () => {
    expect(sealSweepMs({})).toBe(10_000);
    expect(sealSweepMs({ [SEAL_INTERVAL_ENV]: '0' })).toBe(0);
    expect(sealSweepMs({ [SEAL_INTERVAL_ENV]: '2500' })).toBe(2500);
    expect(() => sealSweepMs({ [SEAL_INTERVAL_ENV]: '50' })).toThrow(/at least 100/);
    expect(() => sealSweepMs({ [SEAL_INTERVAL_ENV]: 'soon' })).toThrow(SEAL_INTERVAL_ENV);
  });
});
