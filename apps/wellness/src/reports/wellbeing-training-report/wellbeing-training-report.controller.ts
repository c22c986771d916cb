import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { REPORT_ROLES } from '#consent';
import { Endpoint } from '#platform';
import { WellbeingTrainingQuery } from './wellbeing-training-report.dto.js';
import { WellbeingTrainingReportHandler } from './wellbeing-training-report.handler.js';
import { WellbeingTrainingResponse } from './wellbeing-training-report.response.js';

@ApiTags('reports')
@Controller('wellness/reports/wellbeing-training')
export class WellbeingTrainingReportController {
  constructor(private readonly handler: WellbeingTrainingReportHandler) {}

  @Get()
  @Endpoint({
    roles: [...REPORT_ROLES],
    summary: 'The yearly well-being training goal per unit: how many people met it, counts only (W13, W11)',
    description: 'Stress-management and resilience course hours (from training completion events) per active person in the calendar year.',
    response: WellbeingTrainingResponse,
  })
  report(@Query() q: WellbeingTrainingQuery): Promise<WellbeingTrainingResponse> {
    return this.handler.execute(q.year);
  }
}
