import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal } from '#platform';
import { evaluatorLicense } from '../screening/psychologist.js';
import { PsychEvaluation } from '../screening/psych-evaluation.entity.js';
import { EvaluationResponse } from '../screening/screening.responses.js';
import { RecordEvaluationDto } from './record-evaluation.dto.js';

@ApiTags('screening')
@Controller('evaluations')
export class RecordEvaluationController {
  constructor(private readonly dataSource: DataSource) {}

  @Post()
  @HttpCode(201)
  @Authorize('psychologist')
  @ApiOperation({
    summary: "Record a candidate's psychological evaluation (sealed: only its author can ever read it, W2)",
    description: 'Instruments, interview notes and findings stay in wellness: no event, no other role, no other service (W2, W3).',
  })
  @ApiCreatedResponse({ type: EvaluationResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(403, 'The token carries no license number (WELLNESS.LICENSE_REQUIRED)')
  async record(@Body() dto: RecordEvaluationDto, @CurrentPrincipal() by: Principal): Promise<EvaluationResponse> {
    const license = evaluatorLicense(by);
    const repo = this.dataSource.getRepository(PsychEvaluation);
    const saved = await repo.save(repo.create({ ...dto, authorSub: by.sub, authorLicense: license }));
    return EvaluationResponse.from(saved);
  }
}
