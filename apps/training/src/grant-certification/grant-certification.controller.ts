import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal } from '#platform';
import { CertificationResponse } from '../certification/certification.response.js';
import { GrantCertificationDto } from './grant-certification.dto.js';
import { GrantCertificationHandler } from './grant-certification.handler.js';

@ApiTags('certifications')
@Controller('certifications')
export class GrantCertificationController {
  constructor(private readonly handler: GrantCertificationHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('admin', 'system')
  @ApiOperation({
    summary: 'Record a certification earned from a catalogue course',
    description:
      'Expiry follows from the course validity. Publishes training.certification.granted, and for a CIT certification ' +
      'training.eligibility.changed (reason granted) from the moment it counts.',
  })
  @ApiCreatedResponse({ type: CertificationResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(422, 'Unknown course code (CERTIFICATION.UNKNOWN_COURSE)')
  async grant(@Body() dto: GrantCertificationDto, @CurrentPrincipal() by: Principal): Promise<CertificationResponse> {
    return CertificationResponse.from(await this.handler.execute(dto, by, new Date()));
  }
}
