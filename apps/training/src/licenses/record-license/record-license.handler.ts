import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { insertUnique, Problem } from '#platform';
import { ClinicianLicense } from '../data/clinician-license.entity.js';
import type { RecordLicenseDto } from './record-license.dto.js';

/** A license record; a renewal is a new one (the expiry job then leaves the old one alone). */
@Injectable()
export class RecordLicenseHandler {
  constructor(@InjectRepository(ClinicianLicense) private readonly licenses: Repository<ClinicianLicense>) {}

  execute(staffId: string, dto: RecordLicenseDto, recordedBy: string): Promise<ClinicianLicense> {
    if (dto.expiresOn <= dto.issuedOn) {
      const message = 'expiresOn must be after issuedOn';
      throw new Problem(400, 'REQUEST.VALIDATION_FAILED', message, { errors: [{ field: 'expiresOn', message }] });
    }
    return insertUnique(
      this.licenses,
      { staffId, licenseType: dto.licenseType, licenseNumber: dto.licenseNumber, issuedOn: dto.issuedOn, expiresOn: dto.expiresOn, recordedBy },
      () => Problem.conflict('LICENSE.DUPLICATE', `A ${dto.licenseType} license expiring ${dto.expiresOn} is already on record for ${staffId}`),
    );
  }
}
