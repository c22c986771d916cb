import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiProblem, CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { evaluatorLicense } from '../api/psychologist.js';
import { EvaluationResponse } from '../api/screening.responses.js';
import { RecordEvaluationDto } from './record-evaluation.dto.js';
import { RecordEvaluationHandler } from './record-evaluation.handler.js';

@ApiTags('screening')
@Controller('evaluations')
export class RecordEvaluationController {
  constructor(private readonly handler: RecordEvaluationHandler) {}

  @Post()
  @Endpoint({
    roles: ['psychologist'],
    summary: "Record a candidate's psychological evaluation (sealed: only its author can ever read it, W2)",
    description: 'Instruments, interview notes and findings stay in wellness: no event, no other role, no other service (W2, W3).',
    status: 201,
    response: EvaluationResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
    },
  })
  // Below @Endpoint so it is applied before the role check's own 403: the merged 403 then names this code first (its example).
  @ApiProblem(403, 'The token carries no license number (WELLNESS.LICENSE_REQUIRED)')
  async record(@Body() dto: RecordEvaluationDto, @CurrentPrincipal() by: Principal): Promise<EvaluationResponse> {
    const license = evaluatorLicense(by);
    return this.handler.execute(dto, by.sub, license);
  }
}
