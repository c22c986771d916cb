import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DistrictRegisteredEvent, type District } from '#contracts';
import { Outbox } from '#messaging';
import { DistrictDirectory, ServiceConfig } from '#platform';
import { jwksNotHttps, registryProblem } from '../api/registry-problems.js';
import { districtOf, findDistrict, issuerHolder, publishDistrict } from '../data/district-registry.js';
import { jwksRefused, registrationConflict } from '../domain/registry-rules.js';
import type { RegisterDistrictDto } from './register-district.dto.js';

@Injectable()
export class RegisterDistrictHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly districts: DistrictDirectory,
    private readonly config: ServiceConfig,
  ) {}

  async execute(dto: RegisterDistrictDto): Promise<District> {
    const conflict = registrationConflict(this.districts.deployment, dto.districtId, dto.issuer);
    if (conflict) throw registryProblem(conflict, dto.districtId);
    if (jwksRefused(this.config.NODE_ENV === 'production', dto.jwksUrl)) throw jwksNotHttps();
    const district = await this.dataSource.transaction(async (em) => {
      if (await findDistrict(em, dto.districtId)) throw registryProblem('ALREADY_EXISTS', dto.districtId);
      if (await issuerHolder(em, dto.issuer)) throw registryProblem('ISSUER_TAKEN', dto.districtId);
      return publishDistrict(em, this.outbox, districtOf(dto.districtId, dto), DistrictRegisteredEvent);
    });
    // Committed: this replica knows the district now; the others from the event or their next reload.
    this.districts.apply(district);
    return district;
  }
}
