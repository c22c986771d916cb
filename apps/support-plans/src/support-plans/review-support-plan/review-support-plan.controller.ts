import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { SupportPlanResponse } from '../api/support-plan.response.js';
import { ReviewSupportPlanDto } from './review-support-plan.dto.js';
import { ReviewSupportPlanHandler } from './review-support-plan.handler.js';

@ApiTags('support-plans')
@Controller('support-plans')
export class ReviewSupportPlanController {
  constructor(private readonly handler: ReviewSupportPlanHandler) {}

  @Post(':id/reviews')
  @HttpCode(201)
  @Authorize('clinician', 'bh-director')
  @ApiOperation({
    summary: 'Review an active plan: continue (with the next review date), complete or discontinue',
    description: 'active → active | completed | discontinued. Publishes support.plan.reviewed (no review text).',
  })
  @ApiCreatedResponse({ type: SupportPlanResponse })
  @ApiProblem(400, 'Invalid body, or nextReviewOn missing for continue / given for an ending (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such plan (SUPPORT_PLAN.NOT_FOUND)')
  @ApiProblem(409, 'The plan already ended (SUPPORT_PLAN.ILLEGAL_TRANSITION)')
  async review(
    @UuidParam('id') id: string,
    @Body() dto: ReviewSupportPlanDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<SupportPlanResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
