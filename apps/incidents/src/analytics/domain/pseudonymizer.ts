import { KeyedHash, type AnalyticKeySettings } from './keyed-hash.js';

/** Only for local runs and tests: the data teams' real stream needs a secret key. */
const DEV_KEY = 'dev-only-pseudonym-key-never-use-in-production';

/**
 * Where each district's key comes from (tenancy, issue 19): the registry names a district's key
 * id; the secrets themselves are configured (ANALYTICS_PSEUDONYM_KEYS_FILE), never published.
 */
export interface DistrictPseudonymKeys {
  /** The district the current request or event acts in. */
  currentDistrict(): string | undefined;
  /** The registry's key id for a district; undefined: the deployment's own key. */
  keyIdOf(districtId: string): string | undefined;
  /** Key id → secret, for the registered districts' key ids. */
  secrets: ReadonlyMap<string, string>;
  /** Production refuses a key id without a secret; dev derives one per key id. */
  production: boolean;
}

export class PseudonymKeyMissingError extends Error {
  override name = 'PseudonymKeyMissingError';
}

class PseudonymKey extends KeyedHash {
  of(studentId: string): string {
    return this.hash(studentId);
  }
}

/**
 * Pseudonymous student ids for the data teams (R12): a keyed HMAC, so the same student links
 * across events without revealing who it is; the key id travels with each event for rotation.
 * Each district pseudonymizes under its own key, so two districts' student S1000001 are two
 * pseudonyms and one district's stream cannot be joined to another's.
 */
export class Pseudonymizer {
  private readonly keys = new Map<string, PseudonymKey>();

  constructor(
    key: string,
    private readonly defaultKeyId: string,
    private readonly districts?: DistrictPseudonymKeys,
  ) {
    this.keys.set(defaultKeyId, new PseudonymKey(key, defaultKeyId));
  }

  static fromConfig(config: AnalyticKeySettings, districts?: Omit<DistrictPseudonymKeys, 'production'>): Pseudonymizer {
    if (!config.ANALYTICS_PSEUDONYM_KEY && config.NODE_ENV === 'production') {
      throw new Error('ANALYTICS_PSEUDONYM_KEY is required when NODE_ENV=production (it keys the data teams\' student pseudonyms)');
    }
    const production = config.NODE_ENV === 'production';
    return new Pseudonymizer(config.ANALYTICS_PSEUDONYM_KEY ?? DEV_KEY, config.ANALYTICS_PSEUDONYM_KEY_ID, districts && { ...districts, production });
  }

  /** The key id of the current district's key (it goes on every analytics event). */
  get keyId(): string {
    return this.current().keyId;
  }

  pseudonym(studentId: string): string {
    return this.current().of(studentId);
  }

  private current(): PseudonymKey {
    const district = this.districts?.currentDistrict();
    const keyId = (district && this.districts?.keyIdOf(district)) || this.defaultKeyId;
    let key = this.keys.get(keyId);
    if (!key) {
      const secret = this.districts?.secrets.get(keyId) ?? (this.districts?.production ? undefined : `${DEV_KEY}:${keyId}`);
      if (!secret) throw new PseudonymKeyMissingError(`no secret for pseudonym key ${keyId} of district ${district}: add it to ANALYTICS_PSEUDONYM_KEYS_FILE`);
      this.keys.set(keyId, (key = new PseudonymKey(secret, keyId)));
    }
    return key;
  }
}
