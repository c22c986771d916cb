import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize } from '#platform';
import { CertificationResponse } from '../certification/certification.response.js';
import { ExpiringCertificationPage, ListExpiringCertificationsQuery } from './list-expiring-certifications.dto.js';
import { ListExpiringCertificationsHandler } from './list-expiring-certifications.handler.js';

@ApiTags('certifications')
@Controller('certifications')
export class ListExpiringCertificationsController {
  constructor(private readonly handler: ListExpiringCertificationsHandler) {}

  @Get()
  @Authorize('admin', 'system', 'police-chief', 'bh-director', 'analyst')
  @ApiOperation({
    summary: 'Certifications expiring within a window (default 90 days) or lapsed within it, by unit and category',
    description: 'Keyset pagination: pass nextCursor back as cursor with the same filters and the returned asOf.',
  })
  @ApiOkResponse({ type: ExpiringCertificationPage })
  @ApiProblem(400, 'Bad filter, window, limit or cursor (REQUEST.VALIDATION_FAILED)')
  async list(@Query() q: ListExpiringCertificationsQuery): Promise<ExpiringCertificationPage> {
    const page = await this.handler.execute(q, new Date());
    return { asOf: page.asOf, items: page.items.map(CertificationResponse.from), nextCursor: page.nextCursor };
  }
}
