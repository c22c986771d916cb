import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { CampusGroup } from '../data/campus-group.entity.js';

@Injectable()
export class GetCampusGroupHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(code: string): Promise<CampusGroup> {
    const group = await this.dataSource.manager.findOneBy(CampusGroup, { code });
    if (!group) throw Problem.notFound('CAMPUS_GROUP.NOT_FOUND', `No campus group ${code}`);
    return group;
  }
}
