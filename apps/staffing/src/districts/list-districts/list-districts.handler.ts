import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { District } from '#contracts';
import { listDistricts } from '../data/district-registry.js';

@Injectable()
export class ListDistrictsHandler {
  constructor(private readonly dataSource: DataSource) {}

  /** The registry is small (one row per district of the deployment): listed whole, by id. */
  execute(): Promise<District[]> {
    return listDistricts(this.dataSource);
  }
}
