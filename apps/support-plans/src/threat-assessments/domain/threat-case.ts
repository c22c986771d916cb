import type { CONCERN_LEVEL_VALUES, PATHWAY_STAGE_VALUES, THREAT_CASE_CLOSURE_VALUES, THREAT_CASE_ORIGIN_VALUES } from '#contracts';

export type ConcernLevel = (typeof CONCERN_LEVEL_VALUES)[number];
export type PathwayStage = (typeof PATHWAY_STAGE_VALUES)[number];
export type CaseOrigin = (typeof THREAT_CASE_ORIGIN_VALUES)[number];
export type ClosureOutcome = (typeof THREAT_CASE_CLOSURE_VALUES)[number];
export type CaseStatus = 'open' | 'closed';
