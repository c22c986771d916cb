import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, Problem } from '#platform';
import { CampusGroup } from '../on-call/campus-group.entity.js';
import { CampusGroupResponse } from '../on-call/campus-group.response.js';

@ApiTags('on-call')
@Controller('campus-groups')
export class GetCampusGroupController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':code')
  @Authorize('admin', 'bh-director', 'police-chief', 'clinician', 'officer', 'system')
  @ApiOperation({ summary: 'Read one campus group' })
  @ApiOkResponse({ type: CampusGroupResponse })
  @ApiProblem(404, 'No such group (CAMPUS_GROUP.NOT_FOUND)')
  async get(@Param('code') code: string): Promise<CampusGroupResponse> {
    const group = await this.dataSource.manager.findOneBy(CampusGroup, { code });
    if (!group) throw Problem.notFound('CAMPUS_GROUP.NOT_FOUND', `No campus group ${code}`);
    return CampusGroupResponse.from(group);
  }
}
