import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { District } from '#contracts';
import { districtNotFound } from '../api/registry-problems.js';
import { DistrictRecord } from '../data/district.entity.js';
import { districtOf } from '../data/district-registry.js';

@Injectable()
export class GetDistrictHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(districtId: string): Promise<District> {
    const record = await this.dataSource.manager.findOneBy(DistrictRecord, { id: districtId });
    if (!record) throw districtNotFound(districtId);
    return districtOf(record);
  }
}
