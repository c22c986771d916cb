import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal } from '#platform';
import { CompletionResponse } from '../completion/completion.response.js';
import { RecordCompletionDto } from './record-completion.dto.js';
import { RecordCompletionHandler } from './record-completion.handler.js';

@ApiTags('completions')
@Controller('completions')
export class RecordCompletionController {
  constructor(private readonly handler: RecordCompletionHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('admin', 'system', 'officer', 'clinician')
  @ApiOperation({
    summary: 'Record a course completion (an instructor, or a district system)',
    description: 'Officers and clinicians may record completions only when registered as instructors (POST /instructors). Publishes training.completion.recorded.',
  })
  @ApiCreatedResponse({ type: CompletionResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(403, 'Not a registered instructor (COMPLETION.NOT_AN_INSTRUCTOR)')
  @ApiProblem(409, 'Already on record for that person, course and day (COMPLETION.DUPLICATE)')
  @ApiProblem(422, 'Unknown course, a future date or more hours than the course (COMPLETION.INVALID)')
  async record(@Body() dto: RecordCompletionDto, @CurrentPrincipal() by: Principal): Promise<CompletionResponse> {
    return CompletionResponse.from(await this.handler.execute(dto, by, new Date()));
  }
}
