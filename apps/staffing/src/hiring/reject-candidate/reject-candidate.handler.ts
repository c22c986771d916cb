import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import type { Candidate } from '../data/candidate.entity.js';
import { assertTransition } from '../api/candidate-problems.js';
import { lockCandidate } from '../data/hiring-records.js';

/** Rejection before an offer; an offer is refused only by the chief or the director (decisions). */
@Injectable()
export class RejectCandidateHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(id: string, reason: string): Promise<Candidate> {
    return this.dataSource.transaction(async (em) => {
      const candidate = await lockCandidate(em, id);
      if (candidate.status === 'offer') {
        throw Problem.conflict('CANDIDATE.ILLEGAL_TRANSITION', `Candidate ${id} has an offer: only the chief or the director can refuse it`, {
          from: 'offer',
          to: 'rejected',
        });
      }
      assertTransition(id, candidate.status, 'rejected');
      Object.assign(candidate, { status: 'rejected', rejectionReason: reason });
      return em.save(candidate);
    });
  }
}
