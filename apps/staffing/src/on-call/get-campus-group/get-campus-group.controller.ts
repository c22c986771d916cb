import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { CampusGroupResponse } from '../api/campus-group.response.js';
import { GetCampusGroupHandler } from './get-campus-group.handler.js';

@ApiTags('on-call')
@Controller('campus-groups')
export class GetCampusGroupController {
  constructor(private readonly handler: GetCampusGroupHandler) {}

  @Get(':code')
  @Endpoint({
    roles: ['admin', 'bh-director', 'police-chief', 'clinician', 'officer', 'system'],
    summary: 'Read one campus group',
    response: CampusGroupResponse,
    problems: { 404: 'No such group (CAMPUS_GROUP.NOT_FOUND)' },
  })
  async get(@Param('code') code: string): Promise<CampusGroupResponse> {
    return CampusGroupResponse.from(await this.handler.execute(code));
  }
}
