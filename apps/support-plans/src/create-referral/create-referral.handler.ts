import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReferralReceivedEvent } from '#contracts';
import { Outbox } from '#messaging';
import type { Principal } from '#platform';
import { Referral } from '../referral/referral.entity.js';
import type { CreateReferralDto } from './create-referral.dto.js';

@Injectable()
export class CreateReferralHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(dto: CreateReferralDto, by: Principal): Promise<Referral> {
    return this.dataSource.transaction(async (em) => {
      const referral = await em.save(
        em.create(Referral, {
          studentId: dto.studentId,
          campusId: dto.campusId,
          source: dto.source,
          incidentId: dto.incidentId ?? null,
          reason: dto.reason,
          status: 'received',
          createdBy: by.sub,
        }),
      );
      await this.outbox.add(em, ReferralReceivedEvent, {
        referralId: referral.id,
        studentId: referral.studentId,
        campusId: referral.campusId,
        source: referral.source,
        incidentId: referral.incidentId,
      });
      return referral;
    });
  }
}
