import { DEFAULT_POLICY, type ConsentPolicy } from '#consent';

/** The district's (policy) choices of libs/consent/RULES.md; injected so a deployment or a test can set its own. */
export const CONSENT_POLICY = Symbol('CONSENT_POLICY');

export const consentPolicyProvider = { provide: CONSENT_POLICY, useValue: DEFAULT_POLICY satisfies ConsentPolicy };
