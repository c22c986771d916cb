import type { EntityManager } from 'typeorm';
import { REQUIRED_DISCIPLINES, type Discipline } from '#consent';
import { ThreatCase } from './threat-case.entity.js';
import { ThreatIntervention } from './threat-intervention.entity.js';
import { ThreatScreening } from './threat-screening.entity.js';
import { ThreatTeamMember } from './threat-team-member.entity.js';

export interface TeamMemberView {
  memberId: string;
  discipline: Discipline;
  addedAt: string;
}

export interface InterventionView {
  id: string;
  type: string;
  care: boolean;
  description: string;
  assignedTo: string | null;
  addedBy: string;
  addedAt: string;
}

export interface ScreeningView {
  id: string;
  observed: string[];
  pathwayStage: string;
  findings: string;
  screenedBy: string;
  screenedAt: string;
}

/**
 * A case as one record of type `threat-assessment`: every key is a field of that record type in
 * the libs/consent label registry, so the gate can judge and redact it field by field.
 */
export interface ThreatCaseView {
  id: string;
  studentId: string;
  campusId: string;
  status: string;
  origin: string;
  incidentId: string | null;
  tipId: string | null;
  anonymousReport: boolean;
  openedAt: string;
  pathwayStage: string | null;
  levelOfConcern: string | null;
  assessedAt: string | null;
  team: TeamMemberView[];
  /** Disciplines still missing for a multidisciplinary team (R11). */
  missingDisciplines: Discipline[];
  interventions: InterventionView[];
  mentalHealthReferral: boolean;
  closedAt: string | null;
  closureOutcome: string | null;
  concernRationale: string | null;
  clinicalFindings: string | null;
  screenings: ScreeningView[];
  closureSummary: string | null;
  substanceUseFindings: string | null;
}

export function missingDisciplines(team: readonly { discipline: Discipline }[]): Discipline[] {
  return REQUIRED_DISCIPLINES.filter((d) => !team.some((m) => m.discipline === d));
}

export async function activeTeam(em: EntityManager, caseId: string): Promise<ThreatTeamMember[]> {
  return em
    .createQueryBuilder(ThreatTeamMember, 'm')
    .where('m.caseId = :caseId AND m.removedAt IS NULL', { caseId })
    .orderBy('m.addedAt', 'ASC')
    .addOrderBy('m.id', 'ASC')
    .getMany();
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function loadThreatCaseView(em: EntityManager, id: string): Promise<ThreatCaseView | null> {
  // Every query whether or not the case exists: a miss must cost what a denial costs (R10).
  const c = await em.findOneBy(ThreatCase, { id });
  const team = await activeTeam(em, id);
  const screenings = await em.find(ThreatScreening, { where: { caseId: id }, order: { screenedAt: 'ASC', id: 'ASC' } });
  const interventions = await em.find(ThreatIntervention, { where: { caseId: id }, order: { addedAt: 'ASC', id: 'ASC' } });
  if (!c) return null;
  const latest = screenings.at(-1);
  const latestSud = screenings.filter((s) => s.substanceUseFindings).at(-1);
  return {
    id: c.id,
    studentId: c.studentId,
    campusId: c.campusId,
    status: c.status,
    origin: c.origin,
    incidentId: c.incidentId,
    tipId: c.tipId,
    anonymousReport: c.anonymousReport,
    openedAt: c.openedAt.toISOString(),
    pathwayStage: c.pathwayStage,
    levelOfConcern: c.levelOfConcern,
    assessedAt: iso(c.assessedAt),
    team: team.map((m) => ({ memberId: m.memberId, discipline: m.discipline, addedAt: m.addedAt.toISOString() })),
    missingDisciplines: missingDisciplines(team),
    interventions: interventions.map((i) => ({
      id: i.id,
      type: i.type,
      care: i.care,
      description: i.description,
      assignedTo: i.assignedTo,
      addedBy: i.addedBy,
      addedAt: i.addedAt.toISOString(),
    })),
    mentalHealthReferral: interventions.some((i) => i.type === 'mental-health-assessment-referral'),
    closedAt: iso(c.closedAt),
    closureOutcome: c.closureOutcome,
    concernRationale: c.concernRationale,
    clinicalFindings: latest?.findings ?? null,
    screenings: screenings.map((s) => ({
      id: s.id,
      observed: s.observed,
      pathwayStage: s.pathwayStage,
      findings: s.findings,
      screenedBy: s.screenedBy,
      screenedAt: s.screenedAt.toISOString(),
    })),
    closureSummary: c.closureSummary,
    substanceUseFindings: latestSud?.substanceUseFindings ?? null,
  };
}
