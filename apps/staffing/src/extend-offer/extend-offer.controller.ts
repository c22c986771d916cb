import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { CandidateResponse } from '../hiring/hiring.responses.js';
import { ExtendOfferDto } from './extend-offer.dto.js';
import { ExtendOfferHandler } from './extend-offer.handler.js';

@ApiTags('hiring')
@Controller('candidates')
export class ExtendOfferController {
  constructor(private readonly handler: ExtendOfferHandler) {}

  @Post(':id/offer')
  @HttpCode(200)
  @Authorize('admin', 'police-chief', 'bh-director')
  @ApiOperation({
    summary: 'Draw up an offer after interviews',
    description: 'The offer then needs both the chief of police and the director of behavioral health (POST /candidates/{id}/offer/decisions).',
  })
  @ApiOkResponse({ type: CandidateResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such candidate (CANDIDATE.NOT_FOUND)')
  @ApiProblem(409, 'Not interviewing (CANDIDATE.ILLEGAL_TRANSITION), or the requisition is closed (REQUISITION.NOT_OPEN)')
  @ApiProblem(422, 'A clinician offer without a license number (OFFER.LICENSE_REQUIRED)')
  async offer(@UuidParam('id') id: string, @Body() dto: ExtendOfferDto): Promise<CandidateResponse> {
    return CandidateResponse.from(await this.handler.execute(id, dto), []);
  }
}
