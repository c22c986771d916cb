import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { District } from '#contracts';
import { DistrictRecord } from '../data/district.entity.js';
import { districtOf } from '../data/district-registry.js';

@Injectable()
export class ListDistrictsHandler {
  constructor(private readonly dataSource: DataSource) {}

  /** The registry is small (one row per district of the deployment): listed whole, by id. */
  async execute(): Promise<District[]> {
    return (await this.dataSource.manager.find(DistrictRecord, { order: { id: 'ASC' } })).map(districtOf);
  }
}
