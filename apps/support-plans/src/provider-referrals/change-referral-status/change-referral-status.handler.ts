import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { ProviderReferral } from '../data/provider-referral.entity.js';
import { NEXT_STATUSES, type ProviderReferralStatus } from '../domain/provider-referral-status.js';

/** What the provider reported, along NEXT_STATUSES; a first appointment comes with its day. */
@Injectable()
export class ChangeReferralStatusHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(id: string, status: Exclude<ProviderReferralStatus, 'sent'>, firstAppointmentOn: string | undefined, by: string, now: Date): Promise<ProviderReferral> {
    return this.dataSource.transaction(async (em) => {
      const referral = await em.findOne(ProviderReferral, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!referral) throw Problem.notFound('PROVIDER_REFERRAL.NOT_FOUND', `No provider referral ${id}`);
      if (!NEXT_STATUSES[referral.status].includes(status)) {
        throw Problem.conflict('PROVIDER_REFERRAL.ILLEGAL_TRANSITION', `Referral ${id} is ${referral.status}; it cannot become ${status}`, { currentStatus: referral.status });
      }
      if ((status === 'first-appointment') !== (firstAppointmentOn !== undefined)) {
        const message = 'firstAppointmentOn goes with status first-appointment, and only with it';
        throw new Problem(400, 'REQUEST.VALIDATION_FAILED', message, { errors: [{ field: 'firstAppointmentOn', message }] });
      }
      Object.assign(referral, { status, statusChangedAt: now, statusChangedBy: by, ...(firstAppointmentOn ? { firstAppointmentOn } : {}) });
      return em.save(referral);
    });
  }
}
