export const PROVIDER_REFERRAL_STATUSES = ['sent', 'accepted', 'first-appointment', 'closed', 'no-show'] as const;
export type ProviderReferralStatus = (typeof PROVIDER_REFERRAL_STATUSES)[number];

/** Where a referral may go next; `closed` is final, a no-show may still be closed. */
export const NEXT_STATUSES: Readonly<Record<ProviderReferralStatus, readonly ProviderReferralStatus[]>> = {
  sent: ['accepted', 'no-show', 'closed'],
  accepted: ['first-appointment', 'no-show', 'closed'],
  'first-appointment': ['closed'],
  'no-show': ['closed'],
  closed: [],
};

/** Days without an update before a referral shows on the reminder list (default). */
export const PROVIDER_REFERRAL_REMINDER_DAYS = 14;
