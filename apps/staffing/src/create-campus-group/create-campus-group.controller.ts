import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize } from '#platform';
import { CampusGroupResponse } from '../on-call/campus-group.response.js';
import { CreateCampusGroupDto } from './create-campus-group.dto.js';
import { CreateCampusGroupHandler } from './create-campus-group.handler.js';

@ApiTags('on-call')
@Controller('campus-groups')
export class CreateCampusGroupController {
  constructor(private readonly handler: CreateCampusGroupHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('admin', 'bh-director')
  @ApiOperation({ summary: 'Define a campus group one on-call clinician covers (may span partner districts)' })
  @ApiCreatedResponse({ type: CampusGroupResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(409, 'The code is taken (CAMPUS_GROUP.DUPLICATE_CODE)')
  async create(@Body() dto: CreateCampusGroupDto): Promise<CampusGroupResponse> {
    return CampusGroupResponse.from(await this.handler.execute(dto));
  }
}
