import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThanOrEqual, MoreThan, type Repository } from 'typeorm';
import { BreakGlassGrantRecord } from '../data/break-glass-grant.entity.js';

@Injectable()
export class ListBreakGlassHandler {
  constructor(@InjectRepository(BreakGlassGrantRecord) private readonly grants: Repository<BreakGlassGrantRecord>) {}

  execute(activeOnly: boolean, now: Date): Promise<BreakGlassGrantRecord[]> {
    return this.grants.find({
      where: activeOnly ? { issuedAt: LessThanOrEqual(now), expiresAt: MoreThan(now), revokedAt: IsNull() } : {},
      order: { issuedAt: 'DESC' },
      take: 500,
    });
  }
}
