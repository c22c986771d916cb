import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import type { Candidate } from '../data/candidate.entity.js';
import { assertTransition } from '../api/candidate-problems.js';
import { findOpenRequisition, findPosition, lockCandidate } from '../data/hiring-records.js';
import type { ExtendOfferDto } from './extend-offer.dto.js';

/** Interviews done: an offer is drawn up and waits for the chief's and the director's decisions. */
@Injectable()
export class ExtendOfferHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(id: string, dto: ExtendOfferDto): Promise<Candidate> {
    return this.dataSource.transaction(async (em) => {
      const candidate = await lockCandidate(em, id);
      assertTransition(id, candidate.status, 'offer');
      const requisition = await findOpenRequisition(em, candidate.requisitionId);
      const position = await findPosition(em, requisition.positionId);
      const licenseNumber = dto.licenseNumber ?? candidate.licenseNumber;
      if (position.role === 'clinician' && !licenseNumber) {
        throw new Problem(422, 'OFFER.LICENSE_REQUIRED', 'A clinician offer needs the candidate\'s license number');
      }
      Object.assign(candidate, { status: 'offer', employeeId: dto.employeeId, startsOn: dto.startsOn, licenseNumber });
      return em.save(candidate);
    });
  }
}
