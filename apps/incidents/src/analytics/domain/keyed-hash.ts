import { createHmac } from 'node:crypto';

/** The settings the data teams' keys come from: ServiceConfig carries them; named here so the rules stay framework-free. */
export interface AnalyticKeySettings {
  NODE_ENV: string;
  ANALYTICS_PSEUDONYM_KEY?: string;
  ANALYTICS_PSEUDONYM_KEY_ID: string;
  ANALYTICS_ID_KEY?: string;
  ANALYTICS_ID_KEY_ID: string;
}

/**
 * A keyed HMAC (SHA-256, base64url) under a key of its own, whose id travels with each value so the
 * key can rotate. Student pseudonyms and analytic ids are two of these, never under one key.
 */
export abstract class KeyedHash {
  constructor(
    private readonly key: string,
    readonly keyId: string,
  ) {}

  protected hash(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('base64url');
  }
}
