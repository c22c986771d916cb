import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { CampusGroupResponse } from '../api/campus-group.response.js';
import { CreateCampusGroupDto } from './create-campus-group.dto.js';
import { CreateCampusGroupHandler } from './create-campus-group.handler.js';

@ApiTags('on-call')
@Controller('campus-groups')
export class CreateCampusGroupController {
  constructor(private readonly handler: CreateCampusGroupHandler) {}

  @Post()
  @Endpoint({
    roles: ['admin', 'bh-director'],
    summary: 'Define a campus group one on-call clinician covers (may span partner districts)',
    status: 201,
    response: CampusGroupResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      409: 'The code is taken (CAMPUS_GROUP.DUPLICATE_CODE)',
    },
  })
  async create(@Body() dto: CreateCampusGroupDto): Promise<CampusGroupResponse> {
    return CampusGroupResponse.from(await this.handler.execute(dto));
  }
}
