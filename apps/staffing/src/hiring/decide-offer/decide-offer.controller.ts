import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiProblem, CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { CandidateResponse } from '../api/hiring.responses.js';
import { DecideOfferDto } from './decide-offer.dto.js';
import { DecideOfferHandler } from './decide-offer.handler.js';

@ApiTags('hiring')
@Controller('candidates')
export class DecideOfferController {
  constructor(private readonly handler: DecideOfferHandler) {}

  @Post(':id/offer/decisions')
  @Endpoint({
    roles: ['police-chief', 'bh-director'],
    summary: 'Approve or refuse an offer, as the chief of police or the director of behavioral health',
    description:
      'An offer needs both approvals, from two different people; either side can refuse it. Each side decides once. ' +
      'The second approval hires the candidate: they join the roster (publishes staffing.staff.added) and the requisition is filled.',
    status: 200,
    response: CandidateResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED), or "as" missing for a caller with both roles (OFFER.SIDE_REQUIRED)',
      404: 'No such candidate (CANDIDATE.NOT_FOUND)',
      409:
        'An officer offer approved without a current fit psychological declaration (OFFER.PSYCH_DECLARATION_REQUIRED, W4), no pending offer (CANDIDATE.ILLEGAL_TRANSITION), this side already decided (OFFER.ALREADY_DECIDED), the same person approving for both sides (OFFER.SAME_APPROVER), the requisition closed (REQUISITION.NOT_OPEN) or the employee id taken (STAFF.DUPLICATE_EMPLOYEE)',
    },
  })
  // Below @Endpoint so its text comes first in the 403, before the role rule (as documented so far).
  @ApiProblem(403, 'Deciding for the other side (OFFER.NOT_YOUR_SIDE)')
  async decide(@UuidParam('id') id: string, @Body() dto: DecideOfferDto, @CurrentPrincipal() by: Principal): Promise<CandidateResponse> {
    const { candidate, decisions } = await this.handler.execute(id, dto, by, new Date());
    return CandidateResponse.from(candidate, decisions);
  }
}
