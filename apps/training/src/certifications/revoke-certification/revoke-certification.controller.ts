import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CertificationResponse } from '../api/certification.response.js';
import { RevokeCertificationDto } from './revoke-certification.dto.js';
import { RevokeCertificationHandler } from './revoke-certification.handler.js';

@ApiTags('certifications')
@Controller('certifications')
export class RevokeCertificationController {
  constructor(private readonly handler: RevokeCertificationHandler) {}

  @Post(':id/revoke')
  @Endpoint({
    roles: ['admin', 'system'],
    summary: 'Revoke a certification from now on (publishes training.certification.revoked; for CIT also training.eligibility.changed, reason revoked)',
    status: 200,
    response: CertificationResponse,
    problems: { 404: 'No such certification (CERTIFICATION.NOT_FOUND)', 409: 'Already revoked (CERTIFICATION.ALREADY_REVOKED)' },
  })
  async revoke(@UuidParam('id') id: string, @Body() dto: RevokeCertificationDto): Promise<CertificationResponse> {
    return CertificationResponse.from(await this.handler.execute(id, dto, new Date()));
  }
}
