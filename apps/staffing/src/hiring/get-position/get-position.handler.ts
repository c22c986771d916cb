import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findPosition } from '../data/hiring-records.js';
import type { Position } from '../data/position.entity.js';

@Injectable()
export class GetPositionHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(id: string): Promise<Position> {
    return findPosition(this.dataSource.manager, id);
  }
}
