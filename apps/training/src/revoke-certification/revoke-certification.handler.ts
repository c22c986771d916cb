import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CertificationRevokedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem } from '#platform';
import { Certification } from '../certification/certification.entity.js';
import type { RevokeCertificationDto } from './revoke-certification.dto.js';

@Injectable()
export class RevokeCertificationHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(id: string, dto: RevokeCertificationDto): Promise<Certification> {
    return this.dataSource.transaction(async (em) => {
      const certification = await em.findOne(Certification, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!certification) throw Problem.notFound('CERTIFICATION.NOT_FOUND', `No certification ${id}`);
      if (certification.revokedAt) throw Problem.conflict('CERTIFICATION.ALREADY_REVOKED', `Certification ${id} was revoked already`);
      certification.revokedAt = new Date();
      certification.revokedReason = dto.reason;
      await em.save(certification);
      await this.outbox.add(em, CertificationRevokedEvent, { certificationId: id, staffId: certification.staffId, reason: dto.reason });
      return certification;
    });
  }
}
