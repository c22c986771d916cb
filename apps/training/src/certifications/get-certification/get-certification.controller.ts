import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CertificationResponse } from '../api/certification.response.js';
import { GetCertificationHandler } from './get-certification.handler.js';

@ApiTags('certifications')
@Controller('certifications')
export class GetCertificationController {
  constructor(private readonly handler: GetCertificationHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['admin', 'system', 'police-chief', 'bh-director'],
    summary: 'Read one certification',
    response: CertificationResponse,
    problems: { 404: 'No such certification (CERTIFICATION.NOT_FOUND)' },
  })
  async get(@UuidParam('id') id: string): Promise<CertificationResponse> {
    return CertificationResponse.from(await this.handler.execute(id));
  }
}
