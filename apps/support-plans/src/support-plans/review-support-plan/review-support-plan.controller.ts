import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { SupportPlanResponse } from '../api/support-plan.response.js';
import { ReviewSupportPlanDto } from './review-support-plan.dto.js';
import { ReviewSupportPlanHandler } from './review-support-plan.handler.js';

@ApiTags('support-plans')
@Controller('support-plans')
export class ReviewSupportPlanController {
  constructor(private readonly handler: ReviewSupportPlanHandler) {}

  @Post(':id/reviews')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Review an active plan: continue (with the next review date), complete or discontinue',
    description: 'active → active | completed | discontinued. Publishes support.plan.reviewed (no review text).',
    status: 201,
    response: SupportPlanResponse,
    problems: {
      400: 'Invalid body, or nextReviewOn missing for continue / given for an ending (REQUEST.VALIDATION_FAILED)',
      404: 'No such plan (SUPPORT_PLAN.NOT_FOUND)',
      409: 'The plan already ended (SUPPORT_PLAN.ILLEGAL_TRANSITION)',
    },
  })
  async review(
    @UuidParam('id') id: string,
    @Body() dto: ReviewSupportPlanDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<SupportPlanResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
