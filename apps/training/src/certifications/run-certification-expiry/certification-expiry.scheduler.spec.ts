import { expiryJobIntervalMs } from './certification-expiry.scheduler.js';

describe('expiry job interval', () => {
  it('defaults to hourly, and to off under NODE_ENV=test', () => {
    expect(expiryJobIntervalMs({}, 'production')).toBe(3_600_000);
    expect(expiryJobIntervalMs({}, 'test')).toBe(0);
  });

  it('takes TRAINING_EXPIRY_JOB_INTERVAL_MS, 0 meaning off', () => {
    expect(expiryJobIntervalMs({ TRAINING_EXPIRY_JOB_INTERVAL_MS: '60000' }, 'test')).toBe(60_000);
    expect(expiryJobIntervalMs({ TRAINING_EXPIRY_JOB_INTERVAL_MS: '0' }, 'production')).toBe(0);
  });

  it('refuses nonsense instead of hammering the database', () => {
    expect(() => expiryJobIntervalMs({ TRAINING_EXPIRY_JOB_INTERVAL_MS: '5' }, 'production')).toThrow(/at least 1000/);
    expect(() => expiryJobIntervalMs({ TRAINING_EXPIRY_JOB_INTERVAL_MS: 'hourly' }, 'production')).toThrow();
  });
});
