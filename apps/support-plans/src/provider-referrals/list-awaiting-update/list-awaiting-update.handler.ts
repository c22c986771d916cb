import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProviderReferral } from '../data/provider-referral.entity.js';

/** The reminder list: sent or accepted referrals with no update for `days` days, oldest first. */
@Injectable()
export class ListAwaitingUpdateHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(days: number, now: Date): Promise<ProviderReferral[]> {
    return this.dataSource
      .getRepository(ProviderReferral)
      .createQueryBuilder('r')
      .where(`r.status IN ('sent', 'accepted') AND r.status_changed_at <= :before`, { before: new Date(now.getTime() - days * 86_400_000) })
      .orderBy('r.status_changed_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(500)
      .getMany();
  }
}
