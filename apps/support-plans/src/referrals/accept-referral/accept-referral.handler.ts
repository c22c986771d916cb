import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReferralAcceptedEvent } from '#contracts';
import { Outbox } from '#messaging';
import type { Principal } from '#platform';
import { decisionFacts } from '../data/referral-facts.js';
import { ReferralDecider } from '../data/referral-decider.js';
import type { Referral } from '../data/referral.entity.js';
import type { AcceptReferralDto } from './accept-referral.dto.js';

@Injectable()
export class AcceptReferralHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly decider: ReferralDecider,
  ) {}

  execute(id: string, dto: AcceptReferralDto, by: Principal, now: Date): Promise<Referral> {
    return this.dataSource.transaction(async (em) => {
      const assignedClinicianId = dto.assignedClinicianId ?? by.sub;
      const r = await this.decider.decide(em, id, { status: 'accepted', assignedClinicianId, note: dto.note ?? null }, by.sub, now);
      await this.outbox.add(em, ReferralAcceptedEvent, { ...decisionFacts(r, by.sub, now), assignedClinicianId });
      return r;
    });
  }
}
