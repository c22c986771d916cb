import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { DispatchAreaParams, DispatchAreaResponse, SetDispatchAreaDto } from './set-dispatch-area.dto.js';
import { DispatchAreaHandler } from './set-dispatch-area.handler.js';

@ApiTags('co-response')
@Controller('dispatch-areas')
export class DispatchAreaController {
  constructor(private readonly handler: DispatchAreaHandler) {}

  @Put(':areaId')
  @Endpoint({
    roles: ['police-chief', 'admin'],
    summary: 'Set the campuses of a dispatch area (who counts as "nearby" for dispatch)',
    description:
      "When no eligible officer is assigned to an incident's campus, dispatch takes one assigned to another campus of the " +
      'same area. Replaces the area’s campuses; a campus named here leaves any other area.',
    status: 200,
    response: DispatchAreaResponse,
    problems: { 400: 'Invalid area id or body (REQUEST.VALIDATION_FAILED)' },
  })
  set(@Param() params: DispatchAreaParams, @Body() dto: SetDispatchAreaDto): Promise<DispatchAreaResponse> {
    return this.handler.set(params.areaId, dto.campusIds);
  }

  @Get(':areaId')
  @Endpoint({
    roles: ['officer', 'police-chief', 'admin', 'system'],
    summary: 'The campuses of a dispatch area',
    response: DispatchAreaResponse,
    problems: { 404: 'No such area (DISPATCH_AREA.NOT_FOUND)' },
  })
  get(@Param() params: DispatchAreaParams): Promise<DispatchAreaResponse> {
    return this.handler.get(params.areaId);
  }
}
