import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { CertificationResponse } from '../certification/certification.response.js';
import { GetCertificationHandler } from './get-certification.handler.js';

@ApiTags('certifications')
@Controller('certifications')
export class GetCertificationController {
  constructor(private readonly handler: GetCertificationHandler) {}

  @Get(':id')
  @Authorize('admin', 'system', 'police-chief', 'bh-director')
  @ApiOperation({ summary: 'Read one certification' })
  @ApiOkResponse({ type: CertificationResponse })
  @ApiProblem(404, 'No such certification (CERTIFICATION.NOT_FOUND)')
  async get(@UuidParam('id') id: string): Promise<CertificationResponse> {
    return CertificationResponse.from(await this.handler.execute(id));
  }
}
