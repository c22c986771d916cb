import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { District } from '#contracts';
import { districtNotFound } from '../api/registry-problems.js';
import { findDistrict } from '../data/district-registry.js';

@Injectable()
export class GetDistrictHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(districtId: string): Promise<District> {
    const district = await findDistrict(this.dataSource, districtId);
    if (!district) throw districtNotFound(districtId);
    return district;
  }
}
