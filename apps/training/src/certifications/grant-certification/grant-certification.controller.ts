import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { CertificationResponse } from '../api/certification.response.js';
import { GrantCertificationDto } from './grant-certification.dto.js';
import { GrantCertificationHandler } from './grant-certification.handler.js';

@ApiTags('certifications')
@Controller('certifications')
export class GrantCertificationController {
  constructor(private readonly handler: GrantCertificationHandler) {}

  @Post()
  @Endpoint({
    roles: ['admin', 'system'],
    summary: 'Record a certification earned from a catalogue course',
    description:
      'Expiry follows from the course validity. Publishes training.certification.granted, and for a CIT certification ' +
      'training.eligibility.changed (reason granted) from the moment it counts.',
    status: 201,
    response: CertificationResponse,
    problems: { 400: 'Invalid body (REQUEST.VALIDATION_FAILED)', 422: 'Unknown course code (CERTIFICATION.UNKNOWN_COURSE)' },
  })
  async grant(@Body() dto: GrantCertificationDto, @CurrentPrincipal() by: Principal): Promise<CertificationResponse> {
    return CertificationResponse.from(await this.handler.execute(dto, by, new Date()));
  }
}
