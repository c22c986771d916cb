import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '../swagger/endpoint.decorator.js';
import { CrossDistrictAccessPage, ListCrossDistrictAccessQuery } from './cross-district-access.dto.js';
import { CrossDistrictAccessLog } from './cross-district-access.query.js';

/** Every service's audit of cross-district access under sharing agreements (issue 19), for the district's leadership. */
@ApiTags('tenancy')
@Controller('cross-district-access')
export class CrossDistrictAccessController {
  constructor(private readonly log: CrossDistrictAccessLog) {}

  @Get()
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director'],
    summary: "Cross-district access involving your district, newest first: partner staff acting or dispatched here, and your staff or rows used by a partner",
    description:
      'Each access under a sharing agreement is audited in both districts: the one acted in and the partner whose staff or rows were used. ' +
      'Subjects name an incident or a route pattern, never a student. Keyset-paginated.',
    response: CrossDistrictAccessPage,
    problems: { 400: 'Invalid from, to, limit or cursor, or to before from (REQUEST.VALIDATION_FAILED)' },
  })
  list(@Query() q: ListCrossDistrictAccessQuery): Promise<CrossDistrictAccessPage> {
    return this.log.list(q);
  }
}
