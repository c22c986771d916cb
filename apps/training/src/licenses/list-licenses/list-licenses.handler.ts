import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ClinicianLicense } from '../data/clinician-license.entity.js';

/** A clinician's licenses, latest expiry first (renewals included). */
@Injectable()
export class ListLicensesHandler {
  constructor(@InjectRepository(ClinicianLicense) private readonly licenses: Repository<ClinicianLicense>) {}

  execute(staffId: string): Promise<ClinicianLicense[]> {
    return this.licenses.find({ where: { staffId }, order: { expiresOn: 'DESC', id: 'ASC' } });
  }
}
