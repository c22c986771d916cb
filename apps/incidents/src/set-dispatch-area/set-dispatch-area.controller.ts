import { Body, Controller, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize } from '#platform';
import { DispatchAreaParams, DispatchAreaResponse, SetDispatchAreaDto } from './set-dispatch-area.dto.js';
import { DispatchAreaHandler } from './set-dispatch-area.handler.js';

@ApiTags('co-response')
@Controller('dispatch-areas')
export class DispatchAreaController {
  constructor(private readonly handler: DispatchAreaHandler) {}

  @Put(':areaId')
  @HttpCode(200)
  @Authorize('police-chief', 'admin')
  @ApiOperation({
    summary: 'Set the campuses of a dispatch area (who counts as "nearby" for dispatch)',
    description:
      "When no eligible officer is assigned to an incident's campus, dispatch takes one assigned to another campus of the " +
      'same area. Replaces the area’s campuses; a campus named here leaves any other area.',
  })
  @ApiOkResponse({ type: DispatchAreaResponse })
  @ApiProblem(400, 'Invalid area id or body (REQUEST.VALIDATION_FAILED)')
  set(@Param() params: DispatchAreaParams, @Body() dto: SetDispatchAreaDto): Promise<DispatchAreaResponse> {
    return this.handler.set(params.areaId, dto.campusIds);
  }

  @Get(':areaId')
  @Authorize('officer', 'police-chief', 'admin', 'system')
  @ApiOperation({ summary: 'The campuses of a dispatch area' })
  @ApiOkResponse({ type: DispatchAreaResponse })
  @ApiProblem(404, 'No such area (DISPATCH_AREA.NOT_FOUND)')
  get(@Param() params: DispatchAreaParams): Promise<DispatchAreaResponse> {
    return this.handler.get(params.areaId);
  }
}
