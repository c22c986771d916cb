import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findRequisition } from '../data/hiring-records.js';
import type { Requisition } from '../data/requisition.entity.js';

@Injectable()
export class GetRequisitionHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(id: string): Promise<Requisition> {
    return findRequisition(this.dataSource.manager, id);
  }
}
