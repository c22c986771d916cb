import { Module } from '@nestjs/common';
import { WellnessPolicyProvider } from './wellness-policy.js';

/** The W-rules' policy with this deployment's overrides, for every feature that applies it. */
@Module({
  providers: [WellnessPolicyProvider.provider],
  exports: [WellnessPolicyProvider],
})
export class WellnessPolicyModule {}
