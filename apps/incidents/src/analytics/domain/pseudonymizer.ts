import { KeyedHash, type AnalyticKeySettings } from './keyed-hash.js';

/** Only for local runs and tests: the data teams' real stream needs a secret key. */
const DEV_KEY = 'dev-only-pseudonym-key-never-use-in-production';

/**
 * Pseudonymous student ids for the data teams (R12): a keyed HMAC, so the same student links
 * across events without revealing who it is; the key id travels with each event for rotation.
 */
export class Pseudonymizer extends KeyedHash {
  static fromConfig(config: AnalyticKeySettings): Pseudonymizer {
    if (!config.ANALYTICS_PSEUDONYM_KEY && config.NODE_ENV === 'production') {
      throw new Error('ANALYTICS_PSEUDONYM_KEY is required when NODE_ENV=production (it keys the data teams\' student pseudonyms)');
    }
    return new Pseudonymizer(config.ANALYTICS_PSEUDONYM_KEY ?? DEV_KEY, config.ANALYTICS_PSEUDONYM_KEY_ID);
  }

  pseudonym(studentId: string): string {
    return this.hash(studentId);
  }
}
