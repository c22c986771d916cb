/** What a support offer is for, and who supports it: a peer or an EAP clinician (W7, W8). */
export const SUPPORT_KINDS = ['debrief', 'peer-support'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const SUPPORTER_KINDS = ['peer', 'eap'] as const;
export type SupporterKind = (typeof SUPPORTER_KINDS)[number];
