import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssignmentResponse } from '../api/support.responses.js';
import { SupportOffer } from '../data/support-offer.entity.js';

/** W1: the sessions assigned to one peer supporter or EAP clinician, and only theirs. */
@Injectable()
export class SupportAssignmentsHandler {
  constructor(private readonly dataSource: DataSource) {}

  async list(supporterSub: string): Promise<AssignmentResponse[]> {
    const offers = await this.dataSource.manager.find(SupportOffer, { where: { assignedTo: supporterSub }, order: { dueAt: 'ASC' } });
    return offers.map(AssignmentResponse.from);
  }
}
