import { DEFAULT_WELLNESS_POLICY, type WellnessPolicy } from '#consent';
import { ServiceConfig } from '#platform';

/** The rules' policy with this deployment's overrides (libs/consent/src/wellness/RULES.md, "policy"). */
export class WellnessPolicyProvider {
  static readonly provider = {
    provide: WellnessPolicyProvider,
    inject: [ServiceConfig],
    useFactory: (config: ServiceConfig) => new WellnessPolicyProvider(config),
  };

  readonly policy: WellnessPolicy;

  constructor(config: ServiceConfig) {
    this.policy = Object.freeze({
      ...DEFAULT_WELLNESS_POLICY,
      declarationMaxAgeDays: config.PSYCH_DECLARATION_MAX_AGE_DAYS,
      debriefDueHours: config.WELLNESS_DEBRIEF_DUE_HOURS,
      offerExpiryDays: config.WELLNESS_OFFER_EXPIRY_DAYS,
      wellbeingHoursGoal: config.WELLNESS_HOURS_GOAL,
    });
  }
}
