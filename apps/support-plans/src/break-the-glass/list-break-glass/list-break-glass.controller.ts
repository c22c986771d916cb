import { Controller, Get, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { BreakGlassResponse } from '../api/break-glass.response.js';
import { ListBreakGlassHandler } from './list-break-glass.handler.js';

@ApiTags('break-the-glass')
@Controller('break-the-glass')
export class ListBreakGlassController {
  constructor(private readonly handler: ListBreakGlassHandler) {}

  @Get()
  @Endpoint({
    roles: ['bh-director', 'admin'],
    summary: 'Break-the-glass grants for supervisory review (R6), newest first',
    description: 'Clinical supervisors (bh-director) review every emergency access; administrators audit them. `active=true`: only grants in force now.',
    response: [BreakGlassResponse],
  })
  @ApiQuery({ name: 'active', required: false, type: Boolean })
  async list(@Query('active') active?: string): Promise<BreakGlassResponse[]> {
    const now = new Date();
    return (await this.handler.execute(active === 'true', now)).map((g) => BreakGlassResponse.from(g, now));
  }
}
