import { KeyedHash, type AnalyticKeySettings } from './keyed-hash.js';

/** Only for local runs and tests; distinct from the dev pseudonym key on purpose. */
const DEV_KEY = 'dev-only-analytic-id-key-never-use-in-production';

/** The source records an analytic id may stand for; the kind is part of the HMAC input. */
export type AnalyticKind = 'incident' | 'disposition' | 'use-of-force' | 'student-group';

/**
 * Analytic ids for the data teams' stream (R12, issue 14): a keyed HMAC of a source id under a key
 * of its own. Facts of one incident share its analytic id, but nothing on any other topic, API or
 * log carries it, so the data team cannot join back to incidents (and through them to students).
 */
export class AnalyticIds extends KeyedHash {
  static fromConfig(config: AnalyticKeySettings): AnalyticIds {
    if (!config.ANALYTICS_ID_KEY && config.NODE_ENV === 'production') {
      throw new Error('ANALYTICS_ID_KEY is required when NODE_ENV=production (it keys the analytic ids on the data teams\' stream)');
    }
    if (config.ANALYTICS_ID_KEY && config.ANALYTICS_ID_KEY === config.ANALYTICS_PSEUDONYM_KEY) {
      throw new Error('ANALYTICS_ID_KEY must differ from ANALYTICS_PSEUDONYM_KEY (one leaked key must not open both)');
    }
    return new AnalyticIds(config.ANALYTICS_ID_KEY ?? DEV_KEY, config.ANALYTICS_ID_KEY_ID);
  }

  of(kind: AnalyticKind, sourceId: string): string {
    return this.hash(`${kind}:${sourceId}`);
  }
}
