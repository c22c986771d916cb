import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Candidate } from '../data/candidate.entity.js';
import { assertTransition } from '../api/candidate-problems.js';
import { lockCandidate } from '../data/hiring-records.js';

/** Screening passed: the candidate moves on to interviews. */
@Injectable()
export class AdvanceCandidateHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(id: string): Promise<Candidate> {
    return this.dataSource.transaction(async (em) => {
      const candidate = await lockCandidate(em, id);
      assertTransition(id, candidate.status, 'interviewing');
      candidate.status = 'interviewing';
      return em.save(candidate);
    });
  }
}
