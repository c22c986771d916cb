import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { TipReporter } from '../data/tip-reporter.entity.js';
import { Tip } from '../data/tip.entity.js';
import type { TipReporterResponse } from '../api/tip.response.js';

@Injectable()
export class GetTipHandler {
  constructor(private readonly dataSource: DataSource) {}

  async tip(id: string): Promise<Tip> {
    const tip = await this.dataSource.manager.findOneBy(Tip, { id });
    if (!tip) throw Problem.notFound('TIP.NOT_FOUND', `No tip ${id}`);
    return tip;
  }

  async reporter(id: string): Promise<TipReporterResponse> {
    const tip = await this.tip(id);
    const reporter = await this.dataSource.manager.findOneBy(TipReporter, { tipId: tip.id });
    if (!reporter) throw Problem.notFound('TIP.NO_REPORTER', `Tip ${id} is anonymous: no reporter is known`);
    return { tipId: tip.id, employeeId: reporter.employeeId, displayName: reporter.displayName, contact: reporter.contact };
  }
}
