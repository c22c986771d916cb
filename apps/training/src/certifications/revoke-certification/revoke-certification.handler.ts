import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CertificationRevokedEvent, EligibilityChangedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { districtTimeZone, Problem } from '#platform';
import { districtDay } from '../../calendar/domain/district-time.js';
import { Certification } from '../data/certification.entity.js';
import { eligibilityOn } from '../data/officer-eligibility.js';
import type { RevokeCertificationDto } from './revoke-certification.dto.js';

@Injectable()
export class RevokeCertificationHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(id: string, dto: RevokeCertificationDto, now: Date): Promise<Certification> {
    return this.dataSource.transaction(async (em) => {
      const certification = await em.findOne(Certification, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!certification) throw Problem.notFound('CERTIFICATION.NOT_FOUND', `No certification ${id}`);
      if (certification.revokedAt) throw Problem.conflict('CERTIFICATION.ALREADY_REVOKED', `Certification ${id} was revoked already`);
      certification.revokedAt = now;
      certification.revokedReason = dto.reason;
      await em.save(certification);
      await this.outbox.add(em, CertificationRevokedEvent, { certificationId: id, staffId: certification.staffId, reason: dto.reason });
      if (certification.category === 'cit') {
        // Another current CIT certification may still carry them: the event says where they stand now.
        const state = await eligibilityOn(em, certification.staffId, districtDay(now, districtTimeZone()));
        await this.outbox.add(em, EligibilityChangedEvent, { staffId: certification.staffId, ...state, reason: 'revoked' as const, effectiveAt: now.toISOString() });
      }
      return certification;
    });
  }
}
