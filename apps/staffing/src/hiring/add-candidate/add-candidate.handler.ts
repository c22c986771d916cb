import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Candidate } from '../data/candidate.entity.js';
import { findOpenRequisition } from '../data/hiring-records.js';
import type { AddCandidateDto } from './add-candidate.dto.js';

@Injectable()
export class AddCandidateHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(requisitionId: string, dto: AddCandidateDto): Promise<Candidate> {
    return this.dataSource.transaction(async (em) => {
      await findOpenRequisition(em, requisitionId);
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
