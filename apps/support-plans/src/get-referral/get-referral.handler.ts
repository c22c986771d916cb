import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Problem } from '#platform';
import { Referral } from '../referral/referral.entity.js';

@Injectable()
export class GetReferralHandler {
  constructor(@InjectRepository(Referral) private readonly referrals: Repository<Referral>) {}

  async execute(id: string): Promise<Referral> {
    const referral = await this.referrals.findOneBy({ id });
    if (!referral) throw Problem.notFound('REFERRAL.NOT_FOUND', `No referral ${id}`);
    return referral;
  }
}
