import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, Problem, type Principal } from '#platform';
import { RegionalIncidentCountsQuery } from './regional-incident-counts.dto.js';
import { RegionalIncidentCountsHandler } from './regional-incident-counts.handler.js';
import { RegionalIncidentCountsResponse } from './regional-incident-counts.response.js';

@ApiTags('regional')
@Controller('regional')
export class RegionalIncidentCountsController {
  constructor(private readonly handler: RegionalIncidentCountsHandler) {}

  @Get('incident-counts')
  @Endpoint({
    roles: ['regional-admin'],
    summary: "Counts across the region's districts: incidents, co-response, use of force, diversions and arrests per month",
    description:
      "For the regional-admin of the token's `region` claim (deployment identity provider only): each district the registry puts in " +
      "that region, per month of the district's calendar. Every count under 5 is \"<5\"; totals add up only the cells shown, so none " +
      'can be differenced back into a suppressed cell. The dates select whole months. Never a record, id, campus, student or text.',
    status: 200,
    response: RegionalIncidentCountsResponse,
    problems: {
      400: 'from or to not a calendar date (REQUEST.VALIDATION_FAILED), from after to or more than 24 months (REGIONAL.INVALID_WINDOW)',
    },
  })
  get(@Query() q: RegionalIncidentCountsQuery, @CurrentPrincipal() principal: Principal): Promise<RegionalIncidentCountsResponse> {
    // The verifier keeps regional-admin only with a region claim; no region, no counts.
    if (!principal.region) throw new Problem(403, 'AUTH.FORBIDDEN', 'A regional-admin token needs a region claim');
    return this.handler.execute(principal.region, principal.sub, q.from, q.to);
  }
}
