const KEY_ID = /^[A-Za-z0-9._-]{1,32}$/;

/**
 * The registered districts' pseudonym secrets from their JSON (`{ "<key id>": "<secret>" }`).
 * Throws a message naming what is wrong, never a secret, so start-up fails readably.
 */
export function parsePseudonymSecrets(json: string | undefined): Map<string, string> {
  if (json === undefined) return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('ANALYTICS_PSEUDONYM_KEYS: not JSON (expected an object of key id to secret)');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('ANALYTICS_PSEUDONYM_KEYS: expected an object of key id to secret');
  const secrets = new Map<string, string>();
  for (const [keyId, secret] of Object.entries(parsed)) {
    if (!KEY_ID.test(keyId)) throw new Error(`ANALYTICS_PSEUDONYM_KEYS: key id ${JSON.stringify(keyId.slice(0, 40))} must be 1-32 letters, digits, dots, dashes or underscores`);
    if (typeof secret !== 'string' || secret.length < 32 || secret.length > 512) throw new Error(`ANALYTICS_PSEUDONYM_KEYS: the secret of ${keyId} must be a string of 32-512 characters`);
    secrets.set(keyId, secret);
  }
  return secrets;
}
