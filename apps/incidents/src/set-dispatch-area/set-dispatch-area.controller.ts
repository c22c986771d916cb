import { Body, Controller, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize } from '#platform';
import { CampusGroupParams, CampusGroupResponse, SetCampusGroupDto } from './set-campus-group.dto.js';
import { CampusGroupHandler } from './set-campus-group.handler.js';

@ApiTags('co-response')
@Controller('campus-groups')
export class CampusGroupController {
  constructor(private readonly handler: CampusGroupHandler) {}

  @Put(':groupId')
  @HttpCode(200)
  @Authorize('police-chief', 'admin')
  @ApiOperation({
    summary: 'Set the campuses of a campus group (who counts as "nearby" for dispatch)',
    description:
      "When no eligible officer is assigned to an incident's campus, dispatch takes one assigned to another campus of the " +
      'same group. Replaces the group’s campuses; a campus named here leaves any other group.',
  })
  @ApiOkResponse({ type: CampusGroupResponse })
  @ApiProblem(400, 'Invalid group id or body (REQUEST.VALIDATION_FAILED)')
  set(@Param() params: CampusGroupParams, @Body() dto: SetCampusGroupDto): Promise<CampusGroupResponse> {
    return this.handler.set(params.groupId, dto.campusIds);
  }

  @Get(':groupId')
  @Authorize('officer', 'police-chief', 'admin', 'system')
  @ApiOperation({ summary: 'The campuses of a campus group' })
  @ApiOkResponse({ type: CampusGroupResponse })
  @ApiProblem(404, 'No such group (CAMPUS_GROUP.NOT_FOUND)')
  get(@Param() params: CampusGroupParams): Promise<CampusGroupResponse> {
    return this.handler.get(params.groupId);
  }
}
