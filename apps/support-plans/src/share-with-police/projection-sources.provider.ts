import type { Provider, Type } from '@nestjs/common';
import { SafetyPlanProjectionSource, SupportPlanProjectionSource, ThreatCaseProjectionSource } from '../police-projection-sources.js';
import { ReferralProjectionSource } from '../referral/referral-source.js';
import { PROJECTION_SOURCES, type ProjectionSource } from './projection-source.js';

/**
 * The record types offered to the police projection. Add a source here (and to the module's
 * providers through PROJECTION_SOURCE_TYPES) to let a new record type reach the police unit
 * under a consent or grant naming it; libs/consent still decides field by field.
 */
export const PROJECTION_SOURCE_TYPES: Type<ProjectionSource>[] = [
  ReferralProjectionSource,
  SupportPlanProjectionSource,
  SafetyPlanProjectionSource,
  ThreatCaseProjectionSource,
];

export const projectionSourcesProvider: Provider = {
  provide: PROJECTION_SOURCES,
  useFactory: (...sources: ProjectionSource[]) => sources,
  inject: PROJECTION_SOURCE_TYPES,
};
