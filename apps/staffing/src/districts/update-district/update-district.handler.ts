import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DistrictUpdatedEvent, type District } from '#contracts';
import { Outbox } from '#messaging';
import { DistrictDirectory, ServiceConfig } from '#platform';
import type { DistrictFieldsDto } from '../api/district-fields.dto.js';
import { districtNotFound, jwksNotHttps, registryProblem } from '../api/registry-problems.js';
import { districtOf, findDistrict, issuerHolder, publishDistrict } from '../data/district-registry.js';
import { jwksRefused, updateConflict } from '../domain/registry-rules.js';

@Injectable()
export class UpdateDistrictHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly districts: DistrictDirectory,
    private readonly config: ServiceConfig,
  ) {}

  async execute(districtId: string, dto: DistrictFieldsDto): Promise<District> {
    const conflict = updateConflict(this.districts.deployment, districtId, dto.issuer);
    if (conflict) throw registryProblem(conflict, districtId);
    if (jwksRefused(this.config.NODE_ENV === 'production', dto.jwksUrl)) throw jwksNotHttps();
    const district = await this.dataSource.transaction(async (em) => {
      if (!(await findDistrict(em, districtId, true))) throw districtNotFound(districtId);
      if (await issuerHolder(em, dto.issuer, districtId)) throw registryProblem('ISSUER_TAKEN', districtId);
      // The whole entry is replaced: a body without regionId takes the district out of its region.
      return publishDistrict(em, this.outbox, districtOf(districtId, dto), DistrictUpdatedEvent);
    });
    this.districts.apply(district);
    return district;
  }
}
