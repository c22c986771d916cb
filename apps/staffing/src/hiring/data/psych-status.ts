import type { EntityManager } from 'typeorm';
import { DEFAULT_WELLNESS_POLICY, localDate, psychStatus, requiresPsychDeclaration, type PsychStatus } from '#consent';
import { districtTimeZone, type ServiceConfig } from '#platform';
import { PsychDeclarationRecord } from './psych-declaration.entity.js';

/** W4, W5: what command sees of a candidate's screening; `not-required` for clinical positions. */
export type CandidatePsychStatus = PsychStatus | 'not-required';

export async function candidatePsychStatus(
  em: EntityManager,
  candidateId: string,
  position: { unit: string },
  config: ServiceConfig,
  now: Date,
): Promise<CandidatePsychStatus> {
  if (!requiresPsychDeclaration(position)) return 'not-required';
  const declarations = await em.find(PsychDeclarationRecord, { where: { candidateId }, select: { result: true, declaredOn: true } });
  const policy = { ...DEFAULT_WELLNESS_POLICY, declarationMaxAgeDays: config.PSYCH_DECLARATION_MAX_AGE_DAYS };
  return psychStatus(declarations, localDate(now, districtTimeZone()), policy);
}
