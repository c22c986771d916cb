import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProviderReferral } from '../data/provider-referral.entity.js';

@Injectable()
export class ListPlanReferralsHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(planId: string): Promise<ProviderReferral[]> {
    return this.dataSource.manager.find(ProviderReferral, { where: { planId }, order: { sentAt: 'ASC', id: 'ASC' } });
  }
}
