import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { CampusGroup } from '../data/campus-group.entity.js';
import type { CreateCampusGroupDto } from './create-campus-group.dto.js';

@Injectable()
export class CreateCampusGroupHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(dto: CreateCampusGroupDto): Promise<CampusGroup> {
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(CampusGroup)
      .values({ code: dto.code, name: dto.name, campusIds: [...new Set(dto.campusIds)] })
      .orIgnore()
      .returning('code')
      .execute();
    if (!(inserted.raw as unknown[]).length) throw Problem.conflict('CAMPUS_GROUP.DUPLICATE_CODE', `Campus group ${dto.code} exists`);
    return this.dataSource.manager.findOneByOrFail(CampusGroup, { code: dto.code });
  }
}
