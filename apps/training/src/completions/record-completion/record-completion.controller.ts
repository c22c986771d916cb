import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { CompletionResponse } from '../api/completion.response.js';
import { RecordCompletionDto } from './record-completion.dto.js';
import { RecordCompletionHandler } from './record-completion.handler.js';

@ApiTags('completions')
@Controller('completions')
export class RecordCompletionController {
  constructor(private readonly handler: RecordCompletionHandler) {}

  @Post()
  @Endpoint({
    roles: ['admin', 'system', 'officer', 'clinician'],
    summary: 'Record a course completion (an instructor, or a district system)',
    description: 'Officers and clinicians may record completions only when registered as instructors (POST /instructors). Publishes training.completion.recorded.',
    status: 201,
    response: CompletionResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      403: 'Not a registered instructor (COMPLETION.NOT_AN_INSTRUCTOR)',
      409: 'Already on record for that person, course and day (COMPLETION.DUPLICATE)',
      422: 'Unknown course, a future date or more hours than the course (COMPLETION.INVALID)',
    },
  })
  async record(@Body() dto: RecordCompletionDto, @CurrentPrincipal() by: Principal): Promise<CompletionResponse> {
    return CompletionResponse.from(await this.handler.execute(dto, by, new Date()));
  }
}
