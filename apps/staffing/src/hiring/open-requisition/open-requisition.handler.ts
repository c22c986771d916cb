import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '#platform';
import { findPosition } from '../data/hiring-records.js';
import { Requisition } from '../data/requisition.entity.js';

@Injectable()
export class OpenRequisitionHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(positionId: string, by: Principal, now: Date): Promise<Requisition> {
    return this.dataSource.transaction(async (em) => {
      await findPosition(em, positionId);
      return em.save(em.create(Requisition, { positionId, status: 'open', openedBy: by.sub, openedAt: now, filledAt: null }));
    });
  }
}
