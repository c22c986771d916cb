import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem, ServiceConfig } from '#platform';
import { Candidate } from '../data/candidate.entity.js';
import { decisionsOf, positionOfRequisition } from '../data/hiring-records.js';
import type { OfferDecision } from '../data/offer-decision.entity.js';
import { candidatePsychStatus, type CandidatePsychStatus } from '../data/psych-status.js';

export interface CandidateRecord {
  candidate: Candidate;
  decisions: OfferDecision[];
  psychDeclaration: CandidatePsychStatus;
}

@Injectable()
export class GetCandidateHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ServiceConfig,
  ) {}

  async execute(id: string, now: Date): Promise<CandidateRecord> {
    const em = this.dataSource.manager;
    const candidate = await em.findOneBy(Candidate, { id });
    if (!candidate) throw Problem.notFound('CANDIDATE.NOT_FOUND', `No candidate ${id}`);
    const position = await positionOfRequisition(em, candidate.requisitionId);
    const psychDeclaration = await candidatePsychStatus(em, id, position, this.config, now);
    return { candidate, decisions: await decisionsOf(em, id), psychDeclaration };
  }
}
