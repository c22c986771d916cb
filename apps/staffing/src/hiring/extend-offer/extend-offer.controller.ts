import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CandidateResponse } from '../api/hiring.responses.js';
import { ExtendOfferDto } from './extend-offer.dto.js';
import { ExtendOfferHandler } from './extend-offer.handler.js';

@ApiTags('hiring')
@Controller('candidates')
export class ExtendOfferController {
  constructor(private readonly handler: ExtendOfferHandler) {}

  @Post(':id/offer')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director'],
    summary: 'Draw up an offer after interviews',
    description: 'The offer then needs both the chief of police and the director of behavioral health (POST /candidates/{id}/offer/decisions).',
    status: 200,
    response: CandidateResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such candidate (CANDIDATE.NOT_FOUND)',
      409: 'Not interviewing (CANDIDATE.ILLEGAL_TRANSITION), or the requisition is closed (REQUISITION.NOT_OPEN)',
      422: 'A clinician offer without a license number (OFFER.LICENSE_REQUIRED)',
    },
  })
  async offer(@UuidParam('id') id: string, @Body() dto: ExtendOfferDto): Promise<CandidateResponse> {
    return CandidateResponse.from(await this.handler.execute(id, dto), []);
  }
}
