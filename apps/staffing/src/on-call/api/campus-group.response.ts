import { ApiProperty } from '@nestjs/swagger';
import type { CampusGroup } from '../data/campus-group.entity.js';

export class CampusGroupResponse {
  @ApiProperty({ example: 'north-cluster' })
  code: string;

  @ApiProperty({ example: 'North cluster (with the partner district)' })
  name: string;

  @ApiProperty({ type: [String] })
  campusIds: string[];

  static from(g: CampusGroup): CampusGroupResponse {
    return Object.assign(new CampusGroupResponse(), { code: g.code, name: g.name, campusIds: g.campusIds });
  }
}
