import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReferralDeclinedEvent } from '#contracts';
import { Outbox } from '#messaging';
import type { Principal } from '#platform';
import { decisionFacts } from '../data/referral-facts.js';
import { ReferralDecider } from '../data/referral-decider.js';
import type { Referral } from '../data/referral.entity.js';
import type { DeclineReferralDto } from './decline-referral.dto.js';

@Injectable()
export class DeclineReferralHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly decider: ReferralDecider,
  ) {}

  execute(id: string, dto: DeclineReferralDto, by: Principal, now: Date): Promise<Referral> {
    return this.dataSource.transaction(async (em) => {
      const r = await this.decider.decide(em, id, { status: 'declined', declineReason: dto.reason, note: dto.note ?? null }, by.sub, now);
      await this.outbox.add(em, ReferralDeclinedEvent, { ...decisionFacts(r, by.sub, now), declineReason: dto.reason });
      return r;
    });
  }
}
