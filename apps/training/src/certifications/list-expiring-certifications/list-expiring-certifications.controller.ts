import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { CertificationResponse } from '../api/certification.response.js';
import { ExpiringCertificationPage, ListExpiringCertificationsQuery } from './list-expiring-certifications.dto.js';
import { ListExpiringCertificationsHandler } from './list-expiring-certifications.handler.js';

@ApiTags('certifications')
@Controller('certifications')
export class ListExpiringCertificationsController {
  constructor(private readonly handler: ListExpiringCertificationsHandler) {}

  @Get()
  @Endpoint({
    roles: ['admin', 'system', 'police-chief', 'bh-director', 'analyst'],
    summary: 'Certifications expiring within a window (default 90 days) or lapsed within it, by unit and category',
    description: 'Keyset pagination: pass nextCursor back as cursor with the same filters and the returned asOf.',
    response: ExpiringCertificationPage,
    problems: { 400: 'Bad filter, window, limit or cursor (REQUEST.VALIDATION_FAILED)' },
  })
  async list(@Query() q: ListExpiringCertificationsQuery): Promise<ExpiringCertificationPage> {
    const page = await this.handler.execute(q, new Date());
    return { asOf: page.asOf, items: page.items.map(CertificationResponse.from), nextCursor: page.nextCursor };
  }
}
