import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { Candidate } from '../data/candidate.entity.js';
import { findRequisition } from '../data/hiring-records.js';
import type { AddCandidateDto } from './add-candidate.dto.js';

@Injectable()
export class AddCandidateHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(requisitionId: string, dto: AddCandidateDto): Promise<Candidate> {
    return this.dataSource.transaction(async (em) => {
      const requisition = await findRequisition(em, requisitionId);
      if (requisition.status !== 'open') throw Problem.conflict('REQUISITION.NOT_OPEN', `Requisition ${requisitionId} is ${requisition.status}`);
      return em.save(
        em.create(Candidate, {
          requisitionId,
          displayName: dto.displayName,
          licenseNumber: dto.licenseNumber ?? null,
          status: 'screening',
          employeeId: null,
          startsOn: null,
          staffId: null,
          rejectionReason: null,
        }),
      );
    });
  }
}
