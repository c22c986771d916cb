import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { CertificationResponse } from '../certification/certification.response.js';
import { RevokeCertificationDto } from './revoke-certification.dto.js';
import { RevokeCertificationHandler } from './revoke-certification.handler.js';

@ApiTags('certifications')
@Controller('certifications')
export class RevokeCertificationController {
  constructor(private readonly handler: RevokeCertificationHandler) {}

  @Post(':id/revoke')
  @HttpCode(200)
  @Authorize('admin', 'system')
  @ApiOperation({ summary: 'Revoke a certification from now on (publishes training.certification.revoked; for CIT also training.eligibility.changed, reason revoked)' })
  @ApiOkResponse({ type: CertificationResponse })
  @ApiProblem(404, 'No such certification (CERTIFICATION.NOT_FOUND)')
  @ApiProblem(409, 'Already revoked (CERTIFICATION.ALREADY_REVOKED)')
  async revoke(@UuidParam('id') id: string, @Body() dto: RevokeCertificationDto): Promise<CertificationResponse> {
    return CertificationResponse.from(await this.handler.execute(id, dto, new Date()));
  }
}
