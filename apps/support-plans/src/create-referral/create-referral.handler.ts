import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Principal } from '#platform';
import { Referral } from '../referral/referral.entity.js';
import type { CreateReferralDto } from './create-referral.dto.js';

@Injectable()
export class CreateReferralHandler {
  constructor(@InjectRepository(Referral) private readonly referrals: Repository<Referral>) {}

  execute(dto: CreateReferralDto, by: Principal): Promise<Referral> {
    return this.referrals.save(
      this.referrals.create({
        studentId: dto.studentId,
        campusId: dto.campusId,
        source: dto.source,
        incidentId: dto.incidentId ?? null,
        reason: dto.reason,
        status: 'received',
        createdBy: by.sub,
      }),
    );
  }
}
